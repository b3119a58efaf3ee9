package dev.ec2gateway.gateway.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The SigV4 canonical request: what the client hashed before signing. */
record CanonicalRequest(String method, String uri, String query, String headers, String signedHeaders,
        String payloadHash) {

    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Comparator<String[]> BY_NAME_THEN_VALUE =
            Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]);

    /** One canonical request per candidate URI of the path (see {@link CanonicalUri}). */
    static List<CanonicalRequest> candidates(SigV4Claim claim, SignedRequest request) {
        List<QueryParam> query = QueryParam.parse(request.rawQuery());
        if (claim.presigned()) {
            query.removeIf(param -> param.name().equals(SigV4Claim.SIGNATURE_PARAM));
        }
        String canonicalQuery = canonicalQuery(query);
        String headers = canonicalHeaders(claim.signedHeaders(), request);
        String signedHeaders = String.join(";", claim.signedHeaders());
        String payloadHash = payloadHash(claim, request);
        List<CanonicalRequest> candidates = new ArrayList<>();
        for (String uri : CanonicalUri.candidates(request.rawPath())) {
            candidates.add(new CanonicalRequest(request.method(), uri, canonicalQuery, headers, signedHeaders,
                    payloadHash));
        }
        return candidates;
    }

    String text() {
        return method + "\n" + uri + "\n" + query + "\n" + headers + "\n" + signedHeaders + "\n" + payloadHash;
    }

    /** Names and values RFC 3986 encoded, sorted by name then value. */
    static String canonicalQuery(List<QueryParam> params) {
        return params.stream()
                .map(param -> new String[] {Rfc3986.encode(param.name()), Rfc3986.encode(param.value())})
                .sorted(BY_NAME_THEN_VALUE)
                .map(pair -> pair[0] + "=" + pair[1])
                .collect(Collectors.joining("&"));
    }

    /** One {@code name:value\n} line per signed header; repeated headers joined with ','. */
    static String canonicalHeaders(List<String> signedHeaders, SignedRequest request) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = request.headers().getOrDefault(name, List.of());
            out.append(name).append(':')
                    .append(values.stream().map(CanonicalRequest::trimAll).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return out.toString();
    }

    /** Trims and turns every run of white space (folded lines included) into one space. */
    static String trimAll(String value) {
        String stripped = value.strip();
        return hasWhiteSpaceToFold(stripped) ? WHITE_SPACE.matcher(stripped).replaceAll(" ") : stripped;
    }

    /** Whether any white space but a lone space is left: most header values have none. */
    private static boolean hasWhiteSpaceToFold(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(value.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hash of the body as received. A presigned request may declare UNSIGNED-PAYLOAD, but only
     * without a body: an EC2 form body carries the action's parameters, which must be signed.
     */
    private static String payloadHash(SigV4Claim claim, SignedRequest request) {
        byte[] body = request.body() == null ? new byte[0] : request.body();
        boolean declaredUnsigned = request.header("x-amz-content-sha256")
                .map(value -> value.strip().toUpperCase(Locale.ROOT).equals(UNSIGNED_PAYLOAD))
                .orElse(false);
        if (claim.presigned() && declaredUnsigned && body.length == 0) {
            return UNSIGNED_PAYLOAD;
        }
        return Hashing.sha256Hex(body);
    }
}
