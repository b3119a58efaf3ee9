package dev.ec2gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** The gateway's /metrics on its admin port, read as Prometheus text: series (name and labels) to value. */
final class MetricsPage {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI metrics;

    MetricsPage(int adminPort) {
        this.metrics = URI.create("http://127.0.0.1:" + adminPort + "/metrics");
    }

    Map<String, Double> read() {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
            Map<String, Double> series = new HashMap<>();
            for (String line : text.split("\n")) {
                int space = line.lastIndexOf(' ');
                if (!line.startsWith("#") && space > 0) {
                    series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                }
            }
            return series;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the gateway's /metrics", e);
        }
    }

    /** The sum of the series whose name and labels start with {@code prefix} and contain every one of {@code labels}. */
    static double sum(Map<String, Double> page, String prefix, String... labels) {
        double sum = 0;
        for (Map.Entry<String, Double> entry : page.entrySet()) {
            if (entry.getKey().startsWith(prefix) && containsAll(entry.getKey(), labels)) {
                sum += entry.getValue();
            }
        }
        return sum;
    }

    private static boolean containsAll(String series, String... labels) {
        for (String label : labels) {
            if (!series.contains(label)) {
                return false;
            }
        }
        return true;
    }
}
