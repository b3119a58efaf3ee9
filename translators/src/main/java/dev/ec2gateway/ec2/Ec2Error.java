package dev.ec2gateway.ec2;

/**
 * Every EC2 error the gateway answers with: its code, its HTTP status and its message format
 * ({@link String#format} arguments supplied by whoever raises it).
 */
public enum Ec2Error {
    // Authentication and the request itself.
    AUTH_FAILURE("AuthFailure", 401, "%s"),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 403,
            "The request signature we calculated does not match the signature you provided. "
                    + "Check your AWS Secret Access Key and signing method."),
    INCOMPLETE_SIGNATURE("IncompleteSignature", 400, "%s"),
    REQUEST_EXPIRED("RequestExpired", 400, "%s"),
    OPT_IN_REQUIRED("OptInRequired", 401, "%s"),
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", 403, "You are not authorized to perform this operation. %s"),
    MISSING_ACTION("MissingAction", 400, "The request must contain the parameter Action."),
    INVALID_ACTION("InvalidAction", 400, "The action %s is not valid for this web service."),
    UNSUPPORTED_OPERATION("UnsupportedOperation", 400, "The action %s is not supported by this gateway."),
    MISSING_PARAMETER("MissingParameter", 400, "The request must contain the parameter %s."),
    INVALID_PARAMETER("InvalidParameter", 400, "%s"),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 400, "%s"),
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombination", 400, "%s"),
    INVALID_FILTER("InvalidFilter", 400, "The filter '%s' is invalid."),
    INVALID_PAGINATION_TOKEN("InvalidPaginationToken", 400, "The token '%s' is invalid."),
    DRY_RUN_OPERATION("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set."),
    REQUEST_TOO_LARGE("RequestEntityTooLarge", 413, "The request is larger than %d bytes."),
    NOT_FOUND("InvalidRequest", 404, "Nothing is served at %s: the EC2 API lives at /awsapi."),
    METHOD_NOT_ALLOWED("InvalidRequest", 405, "The EC2 Query API takes GET or POST, not %s."),
    IDEMPOTENT_PARAMETER_MISMATCH("IdempotentParameterMismatch", 400,
            "The client token %s was already used with other parameters."),

    // Resources.
    INVALID_KEY_PAIR_NOT_FOUND("InvalidKeyPair.NotFound", 400, "The key pair '%s' does not exist"),
    INVALID_KEY_PAIR_DUPLICATE("InvalidKeyPair.Duplicate", 400, "The keypair '%s' already exists."),
    INVALID_KEY_FORMAT("InvalidKey.Format", 400, "Key is not in valid OpenSSH public key format"),
    INVALID_ZONE_NOT_FOUND("InvalidZone.NotFound", 400, "The zone '%s' does not exist."),
    INVALID_REGION_NOT_FOUND("InvalidRegion.NotFound", 400, "The region '%s' does not exist."),
    INVALID_ID_MALFORMED("%s.Malformed", 400, "Invalid id: \"%s\""),
    INVALID_ID_NOT_FOUND("%s.NotFound", 400, "The ID '%s' does not exist"),
    INCORRECT_STATE("IncorrectState", 400, "%s"),
    RESOURCE_IN_USE("ResourceInUse", 400, "%s"),
    RESOURCE_LIMIT_EXCEEDED("ResourceLimitExceeded", 400, "%s"),
    INSUFFICIENT_CAPACITY("InsufficientInstanceCapacity", 500, "%s"),
    INVALID_REQUEST("InvalidRequest", 400, "%s"),

    // Instances (issue 3, instance actions).
    INCORRECT_INSTANCE_STATE("IncorrectInstanceState", 400,
            "The instance '%s' (%s) is not in a state from which it can be %s."),
    // Security groups and elastic IPs.
    INVALID_GROUP_NOT_FOUND("InvalidGroup.NotFound", 400, "The security group '%s' does not exist"),
    INVALID_GROUP_DUPLICATE("InvalidGroup.Duplicate", 400, "The security group '%s' already exists"),
    INVALID_GROUP_IN_USE("InvalidGroup.InUse", 400, "%s"),
    CANNOT_DELETE("CannotDelete", 400, "%s"),
    INVALID_PERMISSION_DUPLICATE("InvalidPermission.Duplicate", 400, "The specified rule \"%s\" already exists"),
    INVALID_PERMISSION_NOT_FOUND("InvalidPermission.NotFound", 400,
            "The specified rule does not exist in this security group."),
    UNSUPPORTED_FEATURE("UnsupportedOperation", 400, "%s"),
    INVALID_ADDRESS_NOT_FOUND("InvalidAddress.NotFound", 400, "Address '%s' not found."),
    INVALID_IP_ADDRESS_IN_USE("InvalidIPAddress.InUse", 400, "%s"),
    RESOURCE_ALREADY_ASSOCIATED("Resource.AlreadyAssociated", 400, "%s"),
    // 400, not EC2's 500: no client retry can make a zone without elastic IPs grow some.
    INSUFFICIENT_ADDRESS_CAPACITY("InsufficientAddressCapacity", 400, "%s"),
    ADDRESS_LIMIT_EXCEEDED("AddressLimitExceeded", 400, "The maximum number of addresses has been reached. %s"),
    // Volumes, snapshots and tags.
    VOLUME_IN_USE("VolumeInUse", 400, "%s"),
    INVALID_ATTACHMENT_NOT_FOUND("InvalidAttachment.NotFound", 400, "%s"),
    INVALID_ID("InvalidID", 400, "The ID '%s' is not valid"),
    INVALID_INSTANCE_TYPE("InvalidInstanceType", 400, "The following supplied instance types do not exist: [%s]"),

    // The gateway or the cloud behind it.
    UNAVAILABLE("Unavailable", 503, "The service is unavailable: %s"),
    INTERNAL_ERROR("InternalError", 500, "An internal error has occurred. Quote the request id when reporting it.");

    private final String code;
    private final int httpStatus;
    private final String messageFormat;

    Ec2Error(String code, int httpStatus, String messageFormat) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.messageFormat = messageFormat;
    }

    /** The code as written; for the id errors it holds a {@code %s} for the id kind. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String messageFormat() {
        return messageFormat;
    }

    /** Raises this error with its message arguments. */
    public Ec2Exception with(Object... args) {
        return new Ec2Exception(this, code, String.format(messageFormat, args));
    }
}
