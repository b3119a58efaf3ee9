package dev.ec2gateway.actions;

/** The code an action table row points to: a request record in, a result record out. */
@FunctionalInterface
public interface Translator<Q extends Record, R extends Record> {
    R translate(Q request, CallContext context);
}
