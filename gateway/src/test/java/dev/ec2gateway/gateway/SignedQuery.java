package dev.ec2gateway.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends EC2 Query requests signed with Signature Version 2 (HmacSHA256) over the JDK's HTTP client. */
public final class SignedQuery {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SignedQuery() {
    }

    /** The form body of a POST to {@code endpoint}, signed with these keys (the signature is its last param). */
    public static String body(URI endpoint, String action, Map<String, String> params, String accessKey,
                              String secretKey) throws Exception {
        TreeMap<String, String> all = new TreeMap<>(params);
        all.put("Action", action);
        all.putIfAbsent("Version", "2016-11-15");
        all.put("AWSAccessKeyId", accessKey);
        all.put("SignatureVersion", "2");
        all.put("SignatureMethod", "HmacSHA256");
        all.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String query = all.entrySet().stream().map(e -> rfc3986(e.getKey()) + "=" + rfc3986(e.getValue()))
                .collect(Collectors.joining("&"));
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(
                ("POST\n" + host + "\n" + endpoint.getPath() + "\n" + query).getBytes(StandardCharsets.UTF_8)));
        return query + "&Signature=" + rfc3986(signature);
    }

    /** Signs and sends the action; returns the gateway's answer. */
    public static HttpResponse<String> send(URI endpoint, String action, Map<String, String> params, String accessKey,
                                            String secretKey) throws Exception {
        return post(endpoint, body(endpoint, action, params, accessKey, secretKey));
    }

    /** Sends a form body made by {@link #body}. */
    public static HttpResponse<String> post(URI endpoint, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static String rfc3986(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
