package dev.ec2gateway.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * The requests of one side of a throughput comparison. Each operation is one or more calls sent one after
 * the other; a workload is prepared before each run, so that the client's own work stays out of the timing.
 */
interface Workload {
    /** The operations of one run of {@code count} operations. */
    Supplier<List<HttpRequest>> prepare(int count) throws Exception;

    /**
     * Operations built and signed just before the run, outside its timing: signing (SigV4, CloudStack's
     * HMAC-SHA1, WS-Security) is the client's work, not the gateway's or CloudStack's, and on two shared cores
     * the client's CPU would be counted against whichever side signs more dearly.
     */
    static Workload signedBefore(Callable<List<HttpRequest>> operation) {
        return count -> {
            List<List<HttpRequest>> prepared = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                prepared.add(operation.call());
            }
            ConcurrentLinkedQueue<List<HttpRequest>> ready = new ConcurrentLinkedQueue<>(prepared);
            return () -> Objects.requireNonNull(ready.poll(), "more operations than were prepared");
        };
    }
}
