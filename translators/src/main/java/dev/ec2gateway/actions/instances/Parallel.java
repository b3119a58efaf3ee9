package dev.ec2gateway.actions.instances;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs independent CloudStack calls (one submit per instance, a listing beside another) side by side on
 * a small shared pool, and collects each one's outcome in order.
 */
final class Parallel {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(16, task -> {
        Thread thread = new Thread(task, "instance-calls");
        thread.setDaemon(true);
        return thread;
    });

    private Parallel() {
    }

    /** The value or the failure of one call. */
    record Outcome<R>(R value, RuntimeException failure) {
        boolean succeeded() {
            return failure == null;
        }

        /** The value; the call's own exception if it failed. */
        R get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    /** Starts one call on the pool; {@code join().get()} gives its value or throws its exception. */
    static <R> CompletableFuture<Outcome<R>> start(Supplier<R> call) {
        return CompletableFuture.supplyAsync(() -> outcome(call), POOL);
    }

    /**
     * Every call's outcome, in order. The last call runs on the calling thread, which would only wait
     * otherwise: a single call (a launch of one instance) is then made without handing it to the pool and
     * waiting for a pool thread to be scheduled.
     */
    static <T, R> List<Outcome<R>> attempt(List<T> inputs, Function<T, R> call) {
        List<CompletableFuture<Outcome<R>>> futures = new ArrayList<>();
        for (int i = 0; i < inputs.size() - 1; i++) {
            T input = inputs.get(i);
            futures.add(start(() -> call.apply(input)));
        }
        if (!inputs.isEmpty()) {
            futures.add(CompletableFuture.completedFuture(outcome(() -> call.apply(inputs.get(inputs.size() - 1)))));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private static <R> Outcome<R> outcome(Supplier<R> call) {
        try {
            return new Outcome<>(call.get(), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }

    /** Every call's value; the first failure, once all have finished, is thrown. */
    static <T, R> List<R> all(List<T> inputs, Function<T, R> call) {
        List<Outcome<R>> outcomes = attempt(inputs, call);
        for (Outcome<R> outcome : outcomes) {
            if (!outcome.succeeded()) {
                throw outcome.failure();
            }
        }
        return outcomes.stream().map(Outcome::value).toList();
    }
}
