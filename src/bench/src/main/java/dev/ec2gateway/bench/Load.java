package dev.ec2gateway.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Sends a fixed number of operations with a fixed concurrency and records each latency; an operation is one or
 * more requests sent one after the other, and its latency spans them all.
 */
final class Load {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One measured run: operations per second and latencies; any answer but 200 fails the run. */
    record Run(int requests, Duration wall, List<Long> latenciesMicros) {
        double perSecond() {
            return requests / (wall.toNanos() / 1e9);
        }

        long percentileMicros(double p) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }

    Run run(Supplier<List<HttpRequest>> operations, int count, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(count);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        long sent = System.nanoTime();
                        for (HttpRequest request : operations.get()) {
                            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() != 200) {
                                throw new IllegalStateException("HTTP " + answer.statusCode() + ": "
                                        + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
                            }
                        }
                        latencies.add((System.nanoTime() - sent) / 1000);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(count, Duration.ofNanos(System.nanoTime() - started), List.copyOf(latencies));
    }

    /** Sends one request outside any run and returns its answer; any answer but 200 is an exception. */
    String answer(HttpRequest request) throws Exception {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** Sends one request and returns its status (for readiness checks). */
    int statusOf(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }
}
