package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** An error answer as CloudStack gives it: HTTP status == errorcode, plus cserrorcode and text. */
final class ApiError extends RuntimeException {

    static final int PARAM_ERROR = 431;
    static final int NOT_ALLOWED = 432;
    static final int INTERNAL_ERROR = 530;
    static final int ACCOUNT_ERROR = 531;
    static final int CAPACITY = 533;
    static final int LIMIT = 535;
    static final int IN_USE = 536;

    static final int CS_INVALID_VALUE = 4350;
    static final int CS_PERMISSION = 4365;
    static final int CS_GENERIC = 9999;

    private final int errorCode;
    private final int csErrorCode;
    private final transient ArrayNode uuidList;

    ApiError(int errorCode, int csErrorCode, String text) {
        this(errorCode, csErrorCode, text, Json.array());
    }

    ApiError(int errorCode, int csErrorCode, String text, ArrayNode uuidList) {
        super(text, null, false, false);
        this.errorCode = errorCode;
        this.csErrorCode = csErrorCode;
        this.uuidList = uuidList;
    }

    int errorCode() {
        return errorCode;
    }

    int csErrorCode() {
        return csErrorCode;
    }

    ArrayNode uuidList() {
        return uuidList;
    }

    static ApiError invalidValue(String text) {
        return new ApiError(PARAM_ERROR, CS_INVALID_VALUE, text);
    }

    static ApiError missingParameter(String command, String name) {
        return new ApiError(PARAM_ERROR, CS_GENERIC,
                "Unable to execute API command " + command + " due to missing parameter " + name);
    }

    static ApiError invalidParameter(String command, String name, String value) {
        return new ApiError(PARAM_ERROR, CS_GENERIC, "Unable to execute API command " + command
                + " due to invalid value. Invalid parameter " + name + " value=" + value
                + " due to incorrect long value format, or entity does not exist or due to incorrect parameter"
                + " annotation for the field in api cmd class.");
    }

    static ApiError permissionDenied() {
        return new ApiError(ACCOUNT_ERROR, CS_PERMISSION,
                "Caller does not have permission to operate with provided resource.");
    }

    /** A failure while a job runs: reported inside the failed job, with no cserrorcode. */
    static ApiError jobFailure(int code, String text) {
        return new ApiError(code, CS_GENERIC, text);
    }
}
