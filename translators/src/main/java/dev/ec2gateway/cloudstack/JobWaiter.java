package dev.ec2gateway.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Function;

/**
 * Polls {@code queryAsyncJobResult} with bounded exponential back-off until a job ends or the wait
 * limit passes; a failed job (jobstatus 2) becomes a {@link CloudStackException} with fromJob set.
 */
final class JobWaiter {
    private static final int PENDING = 0;
    private static final int SUCCEEDED = 1;
    private static final int FAILED = 2;

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration waitLimit;
    private final Ticker ticker;

    JobWaiter(CloudStackClientSettings settings, Ticker ticker) {
        this.initialDelay = settings.jobPollInitial();
        this.maxDelay = settings.jobPollMax();
        this.waitLimit = settings.jobWaitLimit();
        this.ticker = ticker;
    }

    /** Waits for the job and returns its {@code jobresult}; {@code query} runs one queryAsyncJobResult. */
    JsonNode await(AsyncJob job, Function<Command, JsonNode> query) {
        Command poll = Command.of("queryAsyncJobResult").with("jobid", job.jobId());
        long deadline = ticker.nanoTime() + waitLimit.toNanos();
        Duration delay = initialDelay;
        while (true) {
            JsonNode status = query.apply(poll);
            JsonNode result = status.path("jobresult");
            switch (status.path("jobstatus").asInt(PENDING)) {
                case SUCCEEDED:
                    return result;
                case FAILED:
                    throw failure(job, status, result);
                default:
                    break;
            }
            long remaining = deadline - ticker.nanoTime();
            if (remaining <= 0) {
                throw new CloudStackUnavailableException("CloudStack job " + job.jobId() + " (" + job.command()
                        + ") is still running after " + waitLimit.toSeconds() + " s", null);
            }
            pause(delay.toNanos() < remaining ? delay : Duration.ofNanos(remaining));
            delay = nextDelay(delay, maxDelay);
        }
    }

    static Duration nextDelay(Duration delay, Duration max) {
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    private static CloudStackException failure(AsyncJob job, JsonNode status, JsonNode result) {
        int code = result.path("errorcode").asInt(0);
        if (code == 0) {
            code = status.path("jobresultcode").asInt(0);
        }
        String text = result.path("errortext").asText("CloudStack job " + job.jobId() + " failed");
        return new CloudStackException(job.command(), code, 0, text, true);
    }

    private void pause(Duration duration) {
        try {
            ticker.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudStackUnavailableException("Interrupted while waiting for CloudStack job", e);
        }
    }
}
