package dev.ec2gateway.standin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks CloudStack's request signature: every parameter but {@code signature}, sorted by lower-cased name,
 * values URL-encoded ('+' as %20), joined with '&', the whole string lower-cased, HMAC-SHA1 with the user's
 * secret key, Base64.
 */
final class SignatureVerifier {

    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private SignatureVerifier() {
    }

    static String sign(Map<String, String> params, String secretKey) {
        String canonical = params.entrySet().stream()
                .filter(e -> !e.getKey().equalsIgnoreCase("signature"))
                .sorted(Comparator.comparing(e -> e.getKey().toLowerCase(Locale.ROOT)))
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
                .toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if the signature matches and, for signature version 3, the request has not expired. */
    static boolean verify(Map<String, String> params, String signature, String secretKey, Instant now) {
        if (!expiryAccepted(params, now)) {
            return false;
        }
        byte[] expected = sign(params, secretKey).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean expiryAccepted(Map<String, String> params, Instant now) {
        String version = valueOf(params, "signatureversion");
        if (!"3".equals(version)) {
            return true;
        }
        String expires = valueOf(params, "expires");
        if (expires == null) {
            return false;
        }
        try {
            return Instant.from(EXPIRES.parse(expires)).isAfter(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String valueOf(Map<String, String> params, String name) {
        return params.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
