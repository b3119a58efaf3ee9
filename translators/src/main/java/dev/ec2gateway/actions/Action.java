package dev.ec2gateway.actions;

import java.util.List;

/**
 * One row of the action table: an EC2 action, the record its parameters are read into, the
 * CloudStack commands it uses, the translator that runs it, how it treats async jobs and whose keys
 * it acts with.
 */
public record Action<Q extends Record, R extends Record>(
        String name,
        Class<Q> requestType,
        List<String> cloudStackCommands,
        Translator<Q, R> translator,
        Mode mode,
        Access access) {

    public Action {
        cloudStackCommands = List.copyOf(cloudStackCommands);
    }

    static <Q extends Record, R extends Record> Action<Q, R> row(
            String name, Class<Q> requestType, Translator<Q, R> translator, Mode mode, String... commands) {
        return new Action<>(name, requestType, List.of(commands), translator, mode, Access.CALLER);
    }

    Action<Q, R> access(Access newAccess) {
        return new Action<>(name, requestType, cloudStackCommands, translator, mode, newAccess);
    }

    /** Runs the translator on a request record of this row's type. */
    public Record run(Record request, CallContext context) {
        return translator.translate(requestType.cast(request), context);
    }
}
