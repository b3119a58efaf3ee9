package dev.ec2gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

/** Reads the gateway's heap in use from its /metrics (the sum of jvm_memory_used_bytes of the heap areas). */
final class HeapSampler {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI metrics;

    HeapSampler(int adminPort) {
        this.metrics = URI.create("http://127.0.0.1:" + adminPort + "/metrics");
    }

    long heapUsedBytes() {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return (long) sum;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the gateway's /metrics", e);
        }
    }

    /** Runs the task while sampling every 10 ms; returns the highest heap in use minus that just before. */
    long growthDuring(ThrowingRunnable task) throws Exception {
        long before = heapUsedBytes();
        AtomicLong highest = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    highest.accumulateAndGet(heapUsedBytes(), Math::max);
                    Thread.sleep(10);
                }
            } catch (InterruptedException | IllegalStateException stopped) {
                // interrupted while sleeping or while reading /metrics: the listing is over
            }
        }, "heap-sampler");
        sampler.start();
        try {
            task.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        highest.accumulateAndGet(heapUsedBytes(), Math::max);
        return highest.get() - before;
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
