package dev.ec2gateway.bench;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.function.Supplier;

/**
 * The requests of one side of a throughput comparison. Each operation is one or more calls sent one after
 * the other; a workload is prepared before each run, so that costly client work can stay out of the timing.
 */
interface Workload {
    /** The operations of one run of {@code count} operations. */
    Supplier<List<HttpRequest>> prepare(int count) throws Exception;

    /** Operations built (and signed) as they are sent: cheap client work, timed with the call. */
    static Workload each(Supplier<List<HttpRequest>> operation) {
        return count -> operation;
    }
}
