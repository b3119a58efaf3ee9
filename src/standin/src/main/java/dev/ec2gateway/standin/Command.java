package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One API command: its name, whether only root admins may call it, and what it does. */
record Command(String name, boolean adminOnly, Handler handler) {

    /** Runs a command and returns the object that goes under {@code <command>response}. */
    @FunctionalInterface
    interface Handler {
        ObjectNode handle(Call call);
    }

    static Command user(String name, Handler handler) {
        return new Command(name, false, handler);
    }

    static Command admin(String name, Handler handler) {
        return new Command(name, true, handler);
    }
}
