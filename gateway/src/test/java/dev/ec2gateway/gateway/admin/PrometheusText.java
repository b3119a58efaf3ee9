package dev.ec2gateway.gateway.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads Prometheus' text format: each sample line {@code name{labels} value} into a map. */
final class PrometheusText {
    private PrometheusText() {
    }

    static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }
}
