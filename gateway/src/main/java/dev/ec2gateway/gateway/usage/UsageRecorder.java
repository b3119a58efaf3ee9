package dev.ec2gateway.gateway.usage;

import dev.ec2gateway.gateway.http.FinishedRequest;
import dev.ec2gateway.gateway.http.RequestListener;
import dev.ec2gateway.gateway.store.UsageCount;
import dev.ec2gateway.gateway.store.UsageLedger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts each authenticated request by access key, UTC day, action and outcome in memory, and adds the
 * counts to the account store every flush interval and on close, so a request costs a map update,
 * not a database write. Counts that cannot be written are kept for the next flush.
 */
public final class UsageRecorder implements RequestListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UsageRecorder.class);

    private final UsageLedger ledger;
    private final Predicate<String> knownAction;
    private final Map<Key, Long> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;

    private record Key(LocalDate day, String accessKey, String action, String outcome) {
    }

    /** Starts flushing every {@code interval}. */
    public UsageRecorder(UsageLedger ledger, Predicate<String> knownAction, Duration interval) {
        this.ledger = ledger;
        this.knownAction = knownAction;
        this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ec2-gateway-usage");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        flusher.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void requestFinished(FinishedRequest request) {
        if (request.accessKey() == null) {
            return;
        }
        String action = request.action() != null && knownAction.test(request.action()) ? request.action() : "unknown";
        String outcome = request.succeeded() ? "ok"
                : request.errorCode() == null ? "http_" + request.status() : request.errorCode();
        LocalDate day = LocalDate.ofInstant(request.started(), ZoneOffset.UTC);
        pending.merge(new Key(day, request.accessKey(), action, outcome), 1L, Long::sum);
    }

    /** Writes the counts gathered so far. */
    public synchronized void flush() {
        List<UsageCount> counts = new ArrayList<>();
        for (Key key : List.copyOf(pending.keySet())) {
            Long calls = pending.remove(key);
            if (calls != null) {
                counts.add(new UsageCount(key.day(), key.accessKey(), key.action(), key.outcome(), calls));
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        List<UsageCount> unwritten = new ArrayList<>(counts);
        try {
            for (UsageCount count : counts) {
                ledger.add(List.of(count));
                unwritten.remove(count);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot write {} usage counts, keeping them for the next try: {}", unwritten.size(),
                    e.getMessage());
            for (UsageCount count : unwritten) {
                pending.merge(new Key(count.day(), count.accessKey(), count.action(), count.outcome()),
                        count.calls(), Long::sum);
            }
        }
    }

    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
