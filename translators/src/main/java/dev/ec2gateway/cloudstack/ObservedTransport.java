package dev.ec2gateway.cloudstack;

import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The observing stage: times each HTTP call, logs it at debug level and reports it to the caller's observer. */
final class ObservedTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(CloudStackClient.class);

    private final Transport next;
    private final Consumer<CloudStackCall> observer;

    ObservedTransport(Transport next, Consumer<CloudStackCall> observer) {
        this.next = next;
        this.observer = observer;
    }

    @Override
    public RawAnswer send(SignedRequest request, byte[] reusable) {
        long start = System.nanoTime();
        int status = 0;
        try {
            RawAnswer answer = next.send(request, reusable);
            status = answer.status();
            return answer;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (LOG.isDebugEnabled()) {
                LOG.debug("CloudStack {} -> HTTP {} in {} ms", request.command(), status, took.toMillis());
            }
            observer.accept(new CloudStackCall(request.command(), status, took));
        }
    }
}
