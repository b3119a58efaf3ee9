package dev.ec2gateway.gateway.store;

/** The account store cannot be opened or used; the message says why and never holds a secret. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
