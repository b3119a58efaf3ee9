package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.Ec2Error;
import java.util.HashMap;
import java.util.Map;

/**
 * The SigV4 Authorization header, {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...},
 * its parts separated by ", " (botocore, the Java SDK) or "," (boto 2).
 */
record AuthorizationHeader(String credential, String signedHeaders, String signature) {

    static AuthorizationHeader parse(String header) {
        String value = header.strip();
        int space = indexOfWhitespace(value);
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.equals(SigV4Verifier.ALGORITHM)) {
            throw Ec2Error.INCOMPLETE_SIGNATURE.with(unsupportedScheme(scheme));
        }
        Map<String, String> parts = new HashMap<>();
        String rest = space < 0 ? "" : value.substring(space + 1);
        for (String part : rest.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw Ec2Error.INCOMPLETE_SIGNATURE.with(
                        "The Authorization header is malformed: each of its parts must have the form key=value.");
            }
            String key = item.substring(0, eq).strip();
            if (parts.put(key, item.substring(eq + 1).strip()) != null) {
                throw Ec2Error.INCOMPLETE_SIGNATURE.with(
                        "The Authorization header gives the parameter '" + printable(key) + "' more than once.");
            }
        }
        return new AuthorizationHeader(required(parts, "Credential"), required(parts, "SignedHeaders"),
                required(parts, "Signature"));
    }

    private static String required(Map<String, String> parts, String name) {
        String value = parts.get(name);
        if (value == null || value.isEmpty()) {
            throw Ec2Error.INCOMPLETE_SIGNATURE.with("The Authorization header requires the '" + name + "' parameter.");
        }
        return value;
    }

    private static String unsupportedScheme(String scheme) {
        String shown = printable(scheme);
        return shown.isEmpty()
                ? "The Authorization header is not a signature: only AWS4-HMAC-SHA256 is supported."
                : "Unsupported Authorization algorithm '" + shown + "': only AWS4-HMAC-SHA256 is supported.";
    }

    /** The text when it is a short plain token, else nothing: never echo what might be a secret. */
    private static String printable(String text) {
        return text.matches("[A-Za-z0-9_-]{1,32}") ? text : "";
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
