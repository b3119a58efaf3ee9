package dev.ec2gateway.gateway.store;

import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.cloudstack.ListPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A CloudStack that answers each command from a handler and records the commands it was given. */
public final class FakeCloudStack implements CloudStack {
    private final Map<String, Function<Command, Object>> handlers = new HashMap<>();
    private final List<Command> calls = new ArrayList<>();

    /** Answers {@code command} with what the handler returns (or throws). */
    public FakeCloudStack on(String command, Function<Command, Object> handler) {
        handlers.put(command, handler);
        return this;
    }

    public synchronized List<Command> calls() {
        return List.copyOf(calls);
    }

    public synchronized long callsOf(String command) {
        return calls.stream().filter(c -> c.name().equals(command)).count();
    }

    private Object answer(Command command) {
        synchronized (this) {
            calls.add(command);
        }
        Function<Command, Object> handler = handlers.get(command.name());
        if (handler == null) {
            throw new AssertionError("unexpected CloudStack command " + command);
        }
        return handler.apply(command);
    }

    @Override
    public <T> T get(Command command, String key, Class<T> type) {
        return type.cast(answer(command));
    }

    @Override
    public <T> T read(Command command, Class<T> type) {
        return type.cast(answer(command));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> list(Command command, String itemKey, Class<T> type) {
        return (List<T>) answer(command);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ListPage<T> page(Command command, String itemKey, Class<T> type) {
        return (ListPage<T>) answer(command);
    }

    @Override
    public AsyncJob submit(Command command) {
        return (AsyncJob) answer(command);
    }

    @Override
    public <T> T await(AsyncJob job, String resultKey, Class<T> type) {
        throw new AssertionError("unexpected wait for " + job);
    }
}
