package dev.ec2gateway.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a request written as HTTP text into the {@link SignedRequest} the server would hand over:
 * header names lower-cased, values stripped of surrounding white space, folded lines joined with a
 * space, query and form parameters decoded and merged.
 */
final class RawHttp {

    private RawHttp() {
    }

    static SignedRequest parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        int split = normalised.indexOf("\n\n");
        String head = split < 0 ? normalised : normalised.substring(0, split);
        String body = split < 0 ? "" : normalised.substring(split + 2);
        String[] lines = head.split("\n");
        String requestLine = lines[0];
        String method = requestLine.substring(0, requestLine.indexOf(' '));
        String target = requestLine.substring(method.length() + 1, requestLine.lastIndexOf(' '));
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);

        Map<String, List<String>> headers = new LinkedHashMap<>();
        String lastName = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && lastName != null) {
                List<String> values = headers.get(lastName);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line);
                continue;
            }
            int colon = line.indexOf(':');
            lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(lastName, name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return request(method, rawPath, rawQuery, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Builds the request with its parameters decoded from the query string and, for a form, the body. */
    static SignedRequest request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {
        Map<String, String> params = new LinkedHashMap<>();
        QueryParam.parse(rawQuery).forEach(param -> params.putIfAbsent(param.name(), param.value()));
        List<String> contentType = headers.getOrDefault("content-type", List.of());
        if (!contentType.isEmpty() && contentType.get(0).startsWith("application/x-www-form-urlencoded")) {
            QueryParam.parse(new String(body, StandardCharsets.UTF_8))
                    .forEach(param -> params.putIfAbsent(param.name(), param.value()));
        }
        return new SignedRequest(method, rawPath, rawQuery, headers, body, params);
    }
}
