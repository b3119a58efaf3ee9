package dev.ec2gateway.ec2;

/** An EC2 error answer: what every layer throws when the caller is to see an EC2 error. */
public final class Ec2Exception extends RuntimeException {
    private final Ec2Error error;
    private final String code;

    Ec2Exception(Ec2Error error, String code, String message) {
        super(message, null, false, false);
        this.error = error;
        this.code = code;
    }

    /** An id error whose code names the id kind, e.g. {@code InvalidInstanceID.NotFound}. */
    static Ec2Exception ofKind(Ec2Error error, String kindCode, Object... args) {
        return new Ec2Exception(error, String.format(error.code(), kindCode), String.format(error.messageFormat(), args));
    }

    public Ec2Error error() {
        return error;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return error.httpStatus();
    }
}
