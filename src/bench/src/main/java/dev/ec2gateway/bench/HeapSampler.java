package dev.ec2gateway.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Reads the gateway's heap in use from its /metrics (the sum of jvm_memory_used_bytes of the heap areas). */
final class HeapSampler {
    private final MetricsPage metrics;

    HeapSampler(MetricsPage metrics) {
        this.metrics = metrics;
    }

    long heapUsedBytes() {
        return (long) MetricsPage.sum(metrics.read(), "jvm_memory_used_bytes{", "area=\"heap\"");
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
