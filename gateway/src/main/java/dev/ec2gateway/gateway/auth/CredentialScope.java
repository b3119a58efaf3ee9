package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.Ec2Error;
import java.util.regex.Pattern;

/**
 * The Credential of a SigV4 signature, {@code AK/yyyyMMdd/region/service/aws4_request}. Region and
 * service are taken as the client sent them: boto 2 derives them from the host name.
 */
record CredentialScope(String accessKey, String date, String region, String service) {
    static final String TERMINATOR = "aws4_request";
    private static final String FORM = "ACCESS_KEY/yyyyMMdd/region/service/aws4_request";
    private static final Pattern DATE = Pattern.compile("\\d{8}");

    static CredentialScope parse(String credential) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5) {
            throw incomplete("The Credential must have the form " + FORM + ".");
        }
        if (parts[0].isBlank()) {
            throw incomplete("The Credential names no access key.");
        }
        if (!DATE.matcher(parts[1]).matches()) {
            throw incomplete("The Credential's date must have the form yyyyMMdd.");
        }
        if (parts[2].isBlank() || parts[3].isBlank()) {
            throw incomplete("The Credential must name a region and a service: " + FORM + ".");
        }
        if (!parts[4].equals(TERMINATOR)) {
            throw incomplete("The Credential must end with the terminator aws4_request.");
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3]);
    }

    /** The scope line of the string to sign. */
    String scope() {
        return date + "/" + region + "/" + service + "/" + TERMINATOR;
    }

    private static RuntimeException incomplete(String message) {
        return Ec2Error.INCOMPLETE_SIGNATURE.with(message);
    }
}
