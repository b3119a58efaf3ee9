package dev.ec2gateway.cloudstack;

/**
 * CloudStack refused a command, either at once (an error answer, HTTP status = errorcode) or while its
 * job ran (jobstatus 2). {@code csErrorCode} is 0 where CloudStack gave none (failed jobs, 401).
 */
public final class CloudStackException extends RuntimeException {
    private final String command;
    private final int errorCode;
    private final int csErrorCode;
    private final boolean fromJob;

    public CloudStackException(String command, int errorCode, int csErrorCode, String errorText, boolean fromJob) {
        super(errorText, null, false, false);
        this.command = command;
        this.errorCode = errorCode;
        this.csErrorCode = csErrorCode;
        this.fromJob = fromJob;
    }

    public String command() {
        return command;
    }

    public int errorCode() {
        return errorCode;
    }

    public int csErrorCode() {
        return csErrorCode;
    }

    public String errorText() {
        return getMessage();
    }

    public boolean fromJob() {
        return fromJob;
    }
}
