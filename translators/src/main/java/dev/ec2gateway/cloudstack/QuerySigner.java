package dev.ec2gateway.cloudstack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a command the way CloudStack verifies it (signature version 1): every parameter, command,
 * response and apiKey included, sorted by name, values URL-encoded with spaces as %20, the whole
 * string lower-cased, HMAC-SHA1 with the secret key, Base64.
 */
final class QuerySigner {
    private static final List<String> RESERVED = List.of("command", "response", "apikey", "signature");
    private static final Comparator<Map.Entry<String, String>> BY_NAME =
            Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().toLowerCase(Locale.ROOT))
                    .thenComparing(Map.Entry::getKey);

    private QuerySigner() {
    }

    static SignedRequest sign(Command command, CloudStackCredentials credentials) {
        List<Map.Entry<String, String>> params = parameters(command, credentials);
        String signature = signature(stringToSign(params), credentials.secretKey());
        StringJoiner query = new StringJoiner("&");
        // Names go out encoded (tags[0].key has brackets), but CloudStack signs the decoded names.
        params.forEach(p -> query.add(encode(p.getKey()) + "=" + encode(p.getValue())));
        query.add("signature=" + encode(signature));
        return new SignedRequest(command.name(), query.toString());
    }

    static String stringToSign(List<Map.Entry<String, String>> sortedParams) {
        StringJoiner joined = new StringJoiner("&");
        sortedParams.forEach(p -> joined.add(p.getKey() + "=" + encode(p.getValue())));
        return joined.toString().toLowerCase(Locale.ROOT);
    }

    static String signature(String stringToSign, String secretKey) {
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("CloudStack credentials without a secret key");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** URLEncoder's form encoding, with '+' turned into %20 as CloudStack's own verifier does. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Map.Entry<String, String>> parameters(Command command, CloudStackCredentials credentials) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        command.params().forEach((name, value) -> {
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Parameter " + name + " is set by the client itself");
            }
            params.add(Map.entry(name, value));
        });
        params.add(Map.entry("command", command.name()));
        params.add(Map.entry("response", "json"));
        params.add(Map.entry("apiKey", credentials.apiKey()));
        params.sort(BY_NAME);
        return params;
    }
}
