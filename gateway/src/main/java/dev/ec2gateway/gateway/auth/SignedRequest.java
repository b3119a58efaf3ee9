package dev.ec2gateway.gateway.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the signature checks need it: the method, the path and query exactly as they
 * arrived (still percent-encoded), the headers by lower-case name, the raw body, and the decoded
 * parameters of query string and form body together.
 */
public record SignedRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        Map<String, String> params) {

    public SignedRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers);
        params = Map.copyOf(params);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
