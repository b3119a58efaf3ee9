package dev.ec2gateway.gateway.http;

import dev.ec2gateway.ec2.Ec2Error;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Decodes {@code application/x-www-form-urlencoded} text (a query string or a form body) into params. */
final class FormDecoder {
    private FormDecoder() {
    }

    /** Adds the pairs of {@code encoded} to {@code into}; a name given twice keeps its first value. */
    static void decodeInto(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.putIfAbsent(name, value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("The request is not properly URL-encoded.");
        }
    }
}
