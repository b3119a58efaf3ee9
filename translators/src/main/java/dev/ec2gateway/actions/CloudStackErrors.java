package dev.ec2gateway.actions;

import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;

/**
 * The one table from CloudStack's error codes to EC2 errors, for whatever a translator does not map
 * itself. It goes by CloudStack's numeric errorcode, never by its English text; the text only travels
 * along in the message.
 */
public final class CloudStackErrors {
    private CloudStackErrors() {
    }

    public static Ec2Exception toEc2(CloudStackException e) {
        String detail = "CloudStack " + e.command() + ": " + e.errorText();
        return switch (e.errorCode()) {
            case 401 -> Ec2Error.AUTH_FAILURE.with("CloudStack refused this account's keys or the command.");
            case 431 -> Ec2Error.INVALID_PARAMETER_VALUE.with(detail);
            case 432, 531 -> Ec2Error.UNAUTHORIZED_OPERATION.with(detail);
            case 530 -> Ec2Error.INVALID_REQUEST.with(detail);
            case 533 -> Ec2Error.INSUFFICIENT_CAPACITY.with(detail);
            case 534 -> Ec2Error.UNSUPPORTED_OPERATION.with(e.command() + " (not available in this cloud)");
            case 535 -> Ec2Error.RESOURCE_LIMIT_EXCEEDED.with(detail);
            case 536 -> Ec2Error.RESOURCE_IN_USE.with(detail);
            default -> Ec2Error.INTERNAL_ERROR.with();
        };
    }

    public static Ec2Exception toEc2(CloudStackUnavailableException e) {
        return Ec2Error.UNAVAILABLE.with("CloudStack does not answer. Try again later.");
    }
}
