package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.Ec2Error;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A SigV4 signature read from the Authorization header or from the query string (presigned).
 * {@code amzDate} is the request time as it enters the string to sign; {@code validity} is
 * X-Amz-Expires of a presigned request.
 */
record SigV4Claim(
        CredentialScope credential,
        List<String> signedHeaders,
        String signature,
        String amzDate,
        Instant requestTime,
        boolean presigned,
        Optional<Duration> validity) implements SignatureClaim {

    static final String ALGORITHM_PARAM = "X-Amz-Algorithm";
    static final String CREDENTIAL_PARAM = "X-Amz-Credential";
    static final String SIGNATURE_PARAM = "X-Amz-Signature";
    private static final long MAX_VALIDITY_SECONDS = 7 * 24 * 3600;

    static SigV4Claim fromHeader(AuthorizationHeader header, SignedRequest request) {
        CredentialScope credential = CredentialScope.parse(header.credential());
        List<String> signedHeaders = parseSignedHeaders(header.signedHeaders());
        Optional<String> amzDate = request.header("x-amz-date").map(String::strip);
        Instant time = amzDate.isPresent() ? parseAmzDate(amzDate.get()) : dateHeaderTime(request);
        // a date that parsed is already in the one form the string to sign takes
        return new SigV4Claim(credential, signedHeaders, header.signature(),
                amzDate.orElseGet(() -> RequestTimes.formatAmzDate(time)), time, false, Optional.empty());
    }

    static SigV4Claim fromQuery(List<QueryParam> query) {
        String algorithm = requiredParam(query, ALGORITHM_PARAM);
        if (!algorithm.equals(SigV4Verifier.ALGORITHM)) {
            throw Ec2Error.INCOMPLETE_SIGNATURE.with("X-Amz-Algorithm must be AWS4-HMAC-SHA256.");
        }
        CredentialScope credential = CredentialScope.parse(requiredParam(query, CREDENTIAL_PARAM));
        List<String> signedHeaders = parseSignedHeaders(requiredParam(query, "X-Amz-SignedHeaders"));
        String signature = requiredParam(query, SIGNATURE_PARAM);
        String amzDate = requiredParam(query, "X-Amz-Date");
        Instant time = parseAmzDate(amzDate);
        String expires = QueryParam.first(query, "X-Amz-Expires");
        Optional<Duration> validity = expires == null ? Optional.empty() : Optional.of(parseValidity(expires));
        return new SigV4Claim(credential, signedHeaders, signature, amzDate, time, true, validity);
    }

    @Override
    public String accessKey() {
        return credential.accessKey();
    }

    @Override
    public void checkTime(RequestWindow window) {
        if (validity.isPresent()) {
            window.checkPresigned(requestTime, validity.get());
        } else {
            window.checkStampedAt(requestTime);
        }
    }

    @Override
    public boolean matches(SignedRequest request, String secretKey) {
        return SigV4Verifier.matches(this, request, secretKey);
    }

    /** Lower-cased, sorted, without duplicates; the host must be among them. */
    private static List<String> parseSignedHeaders(String text) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : text.split(";", -1)) {
            String trimmed = name.strip().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                throw Ec2Error.INCOMPLETE_SIGNATURE.with("SignedHeaders must be header names separated by ';'.");
            }
            names.add(trimmed);
        }
        if (!names.contains("host")) {
            throw Ec2Error.INCOMPLETE_SIGNATURE.with("The Host header must be one of the SignedHeaders.");
        }
        return List.copyOf(names);
    }

    private static Instant dateHeaderTime(SignedRequest request) {
        String date = request.header("date").orElseThrow(() -> Ec2Error.INCOMPLETE_SIGNATURE
                .with("A signed request requires either an X-Amz-Date or a Date header."));
        return RequestTimes.parseHttpDate(date).orElseThrow(() -> Ec2Error.INCOMPLETE_SIGNATURE
                .with("The Date header must be an RFC 1123 date such as 'Sun, 30 Aug 2015 12:36:00 GMT'."));
    }

    private static Instant parseAmzDate(String text) {
        return RequestTimes.parseAmzDate(text).orElseThrow(() -> Ec2Error.INCOMPLETE_SIGNATURE
                .with("X-Amz-Date must be in the ISO 8601 basic format yyyyMMdd'T'HHmmss'Z'."));
    }

    private static Duration parseValidity(String text) {
        if (!text.matches("\\d{1,7}")) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("X-Amz-Expires must be a number of seconds.");
        }
        long seconds = Long.parseLong(text);
        if (seconds < 1 || seconds > MAX_VALIDITY_SECONDS) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                    "X-Amz-Expires must be between 1 and " + MAX_VALIDITY_SECONDS + " seconds (one week).");
        }
        return Duration.ofSeconds(seconds);
    }

    private static String requiredParam(List<QueryParam> query, String name) {
        String value = QueryParam.first(query, name);
        if (value == null || value.isEmpty()) {
            throw Ec2Error.INCOMPLETE_SIGNATURE.with("A presigned request requires the query parameter " + name + ".");
        }
        return value;
    }
}
