package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.Ec2Error;
import java.time.Instant;
import java.util.Map;

/**
 * A SigV2 signature read from the request's parameters (query string or form body). {@code time}
 * is the Timestamp, or the Expires time when {@code expires} is true; {@code macAlgorithm} is the
 * JCA name of the SignatureMethod.
 */
record SigV2Claim(String accessKey, String macAlgorithm, String signature, Instant time, boolean expires)
        implements SignatureClaim {

    static final String ACCESS_KEY_PARAM = "AWSAccessKeyId";
    static final String SIGNATURE_PARAM = "Signature";
    static final String VERSION_PARAM = "SignatureVersion";
    static final String METHOD_PARAM = "SignatureMethod";

    static SigV2Claim fromParams(Map<String, String> params) {
        String accessKey = required(params, ACCESS_KEY_PARAM);
        String version = required(params, VERSION_PARAM);
        if (!version.equals("2")) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with(version.equals("4")
                    ? "Signature version 4 travels in the Authorization header or the X-Amz-* query parameters."
                    : "Unsupported SignatureVersion: only signature versions 2 and 4 are supported.");
        }
        String macAlgorithm = switch (required(params, METHOD_PARAM)) {
            case "HmacSHA256" -> "HmacSHA256";
            case "HmacSHA1" -> "HmacSHA1";
            default -> throw Ec2Error.INVALID_PARAMETER_VALUE.with("SignatureMethod must be HmacSHA256 or HmacSHA1.");
        };
        String signature = required(params, SIGNATURE_PARAM);
        String timestamp = params.get("Timestamp");
        String expires = params.get("Expires");
        if (timestamp != null && expires != null) {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with(
                    "The request must contain either a Timestamp or an Expires parameter, not both.");
        }
        if (timestamp == null && expires == null) {
            throw Ec2Error.MISSING_PARAMETER.with("Timestamp (or Expires)");
        }
        String name = timestamp != null ? "Timestamp" : "Expires";
        Instant time = RequestTimes.parseIso8601(timestamp != null ? timestamp : expires).orElseThrow(() ->
                Ec2Error.INVALID_PARAMETER_VALUE.with(name + " must be an ISO 8601 time such as 2026-11-24T03:54:53Z."));
        return new SigV2Claim(accessKey, macAlgorithm, signature, time, expires != null);
    }

    @Override
    public void checkTime(RequestWindow window) {
        if (expires) {
            window.checkValidUntil(time);
        } else {
            window.checkStampedAt(time);
        }
    }

    @Override
    public boolean matches(SignedRequest request, String secretKey) {
        return SigV2Verifier.matches(this, request, secretKey);
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw Ec2Error.MISSING_PARAMETER.with(name);
        }
        return value;
    }
}
