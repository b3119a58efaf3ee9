package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the steps of asynchronous work one state delay apart, under the store's lock. A visible task ends its
 * {@link AsyncJob} with the last step's result, or fails it with the {@link ApiError} a step throws; background
 * tasks (expunging) have no job. With a zero delay all steps run before the command is answered.
 */
final class JobEngine implements AutoCloseable {

    /** One step; the last step's return value is the job result. */
    @FunctionalInterface
    interface Step extends Supplier<ObjectNode> {
    }

    private final Store store;
    private final Duration delay;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "standin-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Task> running = new LinkedHashSet<>();

    JobEngine(Store store, Duration delay) {
        this.store = store;
        this.delay = delay;
    }

    /** Creates a pending job; {@link #run} then starts its steps. */
    AsyncJob create(User caller, String cmd, String instanceType, String instanceId) {
        AsyncJob job = new AsyncJob(store.newId(), caller, cmd, instanceType, instanceId, store.now());
        store.jobs().put(job.id(), job);
        return job;
    }

    /** Runs a job's steps one delay apart; {@code onEnd} runs once it finished or failed. */
    void run(AsyncJob job, List<Step> steps, Runnable onEnd) {
        start(new Task(job, new ArrayDeque<>(steps), onEnd));
    }

    /** Starts invisible work (such as expunging a destroyed VM). */
    void background(List<Step> steps) {
        start(new Task(null, new ArrayDeque<>(steps), () -> { }));
    }

    boolean isRunning(AsyncJob job) {
        return running.stream().anyMatch(t -> t.job == job);
    }

    /** Runs the next step of every unfinished task now, instead of after the delay (for tests). */
    void advance() {
        synchronized (store) {
            for (Task task : new ArrayList<>(running)) {
                if (task.future != null) {
                    task.future.cancel(false);
                }
                runStep(task);
            }
        }
    }

    private void start(Task task) {
        if (delay.isZero()) {
            while (!task.steps.isEmpty()) {
                runStep(task);
            }
            return;
        }
        running.add(task);
        schedule(task);
    }

    private void schedule(Task task) {
        if (!timer.isShutdown()) {
            task.future = timer.schedule(() -> {
                synchronized (store) {
                    runStep(task);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void runStep(Task task) {
        if (task.steps.isEmpty()) {
            return;
        }
        Step step = task.steps.poll();
        try {
            ObjectNode result = step.get();
            if (task.steps.isEmpty()) {
                if (task.job != null) {
                    task.job.succeed(result == null ? success() : result, store.now());
                }
                finish(task);
            } else if (!delay.isZero()) {
                schedule(task);
            }
        } catch (ApiError error) {
            if (task.job != null) {
                task.job.fail(error.errorCode(), error.getMessage(), store.now());
            }
            task.steps.clear();
            finish(task);
        }
    }

    private void finish(Task task) {
        running.remove(task);
        task.onEnd.run();
    }

    static ObjectNode success() {
        ObjectNode success = Json.object();
        success.put("success", true);
        return success;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static final class Task {
        private final AsyncJob job;
        private final Deque<Step> steps;
        private final Runnable onEnd;
        private ScheduledFuture<?> future;

        private Task(AsyncJob job, Deque<Step> steps, Runnable onEnd) {
            this.job = job;
            this.steps = steps;
            this.onEnd = onEnd;
        }
    }
}
