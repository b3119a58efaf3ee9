package dev.ec2gateway.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an AWS Signature Version 2: base64 HMAC of {@code METHOD\nhost\npath\ncanonical query},
 * the host being the Host header (boto 2 sends it without the port, botocore with it).
 */
final class SigV2Verifier {
    private static final Comparator<String> BY_UTF8_BYTES = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private SigV2Verifier() {
    }

    static boolean matches(SigV2Claim claim, SignedRequest request, String secretKey) {
        byte[] given = decodeSignature(claim.signature());
        if (given.length == 0) {
            return false;
        }
        String path = request.rawPath() == null || request.rawPath().isEmpty() ? "/" : request.rawPath();
        String query = canonicalQuery(request.params());
        byte[] key = secretKey.getBytes(StandardCharsets.UTF_8);
        for (String host : hosts(request)) {
            String stringToSign = request.method() + "\n" + host + "\n" + path + "\n" + query;
            if (Hashing.sameBytes(Hashing.hmac(claim.macAlgorithm(), key, stringToSign), given)) {
                return true;
            }
        }
        return false;
    }

    /** Every parameter but Signature, sorted by name in byte order, RFC 3986 encoded. */
    static String canonicalQuery(Map<String, String> params) {
        return params.entrySet().stream()
                .filter(param -> !param.getKey().equals(SigV2Claim.SIGNATURE_PARAM))
                .sorted(Map.Entry.comparingByKey(BY_UTF8_BYTES))
                .map(param -> Rfc3986.encode(param.getKey()) + "=" + Rfc3986.encode(param.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The Host header lower-cased, then as sent if that differs. */
    private static Set<String> hosts(SignedRequest request) {
        String host = request.header("host").orElse("").strip();
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(host.toLowerCase(Locale.ROOT));
        hosts.add(host);
        return hosts;
    }

    /** The signature's bytes, or none when it is not base64; a '+' that arrived unencoded reads as a space. */
    private static byte[] decodeSignature(String signature) {
        try {
            return Base64.getDecoder().decode(signature.replace(' ', '+').strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
