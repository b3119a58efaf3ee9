package dev.ec2gateway.gateway.translators;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Writes raw HTTP requests signed with Signature Version 2 (HmacSHA256), as legacy EC2 tools sign. */
final class TestSigner {
    private TestSigner() {
    }

    static String signedPost(String action, Map<String, String> params, String accessKey, String secretKey)
            throws Exception {
        TreeMap<String, String> all = new TreeMap<>(params);
        all.put("Action", action);
        all.putIfAbsent("Version", "2016-11-15");
        all.put("AWSAccessKeyId", accessKey);
        all.put("SignatureVersion", "2");
        all.put("SignatureMethod", "HmacSHA256");
        all.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String query = encode(all);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal(("POST\nlocalhost\n/awsapi\n" + query).getBytes(StandardCharsets.UTF_8)));
        String body = query + "&Signature=" + rfc3986(signature);
        return "POST /awsapi HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Connection: close\r\n\r\n" + body;
    }

    private static String encode(TreeMap<String, String> params) {
        return params.entrySet().stream().map(e -> rfc3986(e.getKey()) + "=" + rfc3986(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String rfc3986(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
