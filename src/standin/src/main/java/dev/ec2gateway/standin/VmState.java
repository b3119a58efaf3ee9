package dev.ec2gateway.standin;

/** The states of CloudStack's VM state machine that a user can observe. */
enum VmState {
    Stopped, Starting, Running, Stopping, Destroyed, Expunging;

    /** A host is assigned in these states, so CloudStack shows {@code hostcontrolstate}. */
    boolean onHost() {
        return this == Starting || this == Running || this == Stopping;
    }
}
