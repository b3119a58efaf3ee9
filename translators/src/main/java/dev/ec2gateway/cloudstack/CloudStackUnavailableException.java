package dev.ec2gateway.cloudstack;

/** CloudStack could not be reached, timed out, or answered something that is not its API. */
public final class CloudStackUnavailableException extends RuntimeException {
    public CloudStackUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
