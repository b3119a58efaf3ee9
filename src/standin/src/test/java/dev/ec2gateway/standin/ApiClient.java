package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A small signing CloudStack client for the tests. */
final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI apiUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiClient(URI apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** An answer: HTTP status, the raw body and the object under the single top-level key. */
    record Reply(int status, String raw, String key, JsonNode body) {
    }

    Reply call(StandInUser user, String command, String... keyValues) {
        return callSigned(user.apiKey(), user.secretKey(), command, keyValues);
    }

    Reply callSigned(String apiKey, String secretKey, String command, String... keyValues) {
        Map<String, String> params = params(command, keyValues);
        params.put("apiKey", apiKey);
        params.put("signature", TestSigner.signature(params, secretKey));
        return send(params);
    }

    static Map<String, String> params(String command, String... keyValues) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("command", command);
        params.put("response", "json");
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return params;
    }

    Reply send(Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> TestSigner.encode(e.getKey()) + "=" + TestSigner.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return get(URI.create(apiUrl + "?" + query));
    }

    Reply post(Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> TestSigner.encode(e.getKey()) + "=" + TestSigner.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(apiUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    Reply get(URI uri) {
        return exchange(HttpRequest.newBuilder(uri).GET().build());
    }

    private Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode tree = MAPPER.readTree(response.body());
            String key = tree.fieldNames().next();
            return new Reply(response.statusCode(), response.body(), key, tree.get(key));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
