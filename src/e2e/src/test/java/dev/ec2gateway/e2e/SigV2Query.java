package dev.ec2gateway.e2e;

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

/** A Query call signed with AWS Signature Version 2, for the gateway's own actions no SDK knows. */
final class SigV2Query {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SigV2Query() {
    }

    static HttpResponse<String> post(URI endpoint, String action, Map<String, String> extra, String accessKey,
                                     String secretKey) throws Exception {
        Map<String, String> params = new TreeMap<>(extra);
        params.put("Action", action);
        params.put("Version", "2016-11-15");
        params.put("AWSAccessKeyId", accessKey);
        params.put("SignatureVersion", "2");
        params.put("SignatureMethod", "HmacSHA256");
        params.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String query = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String host = endpoint.getHost() + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(
                ("POST\n" + host + "\n" + endpoint.getPath() + "\n" + query).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(query + "&Signature=" + encode(signature))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
