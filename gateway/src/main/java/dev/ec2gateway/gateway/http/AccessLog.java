package dev.ec2gateway.gateway.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON line per request on the {@code ec2gateway.access} logger: request id, access key, action,
 * the CloudStack commands called, HTTP status, EC2 error code and duration. Never a secret.
 */
public final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("ec2gateway.access");
    private static final JsonStringEncoder QUOTING = JsonStringEncoder.getInstance();

    private final Clock clock;
    private final List<RequestListener> listeners;

    public AccessLog(Clock clock) {
        this(clock, List.of());
    }

    /** An access log that also tells the listeners of every finished request. */
    public AccessLog(Clock clock, List<RequestListener> listeners) {
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    /** Starts the line of one request (Query or SOAP); {@link Entry#finish} writes it. */
    public Entry start(String requestId) {
        return new Entry(requestId, clock.instant());
    }

    /** The line being collected for one request; used by that request's thread only. */
    public final class Entry {
        private final String requestId;
        private final Instant started;
        private final List<String> cloudStackCommands = new ArrayList<>();
        private String action;
        private String accessKey;
        private boolean authenticationFailed;

        private Entry(String requestId, Instant started) {
            this.requestId = requestId;
            this.started = started;
        }

        public String requestId() {
            return requestId;
        }

        public void action(String name) {
            this.action = name;
        }

        public void accessKey(String key) {
            this.accessKey = key;
        }

        public void authenticationFailed() {
            this.authenticationFailed = true;
        }

        public synchronized void cloudStackCalled(String command, int status, Duration duration) {
            cloudStackCommands.add(command);
        }

        public void finish(int status, String errorCode) {
            FinishedRequest finished;
            synchronized (this) {
                finished = new FinishedRequest(requestId, accessKey, action, List.copyOf(cloudStackCommands), status,
                        errorCode, authenticationFailed, started, Duration.between(started, clock.instant()));
            }
            for (RequestListener listener : listeners) {
                try {
                    listener.requestFinished(finished);
                } catch (RuntimeException e) {
                    LOG.warn("a request listener failed on {}: {}", requestId, e.toString());
                }
            }
            if (!LOG.isInfoEnabled()) {
                return;
            }
            LOG.info(new Line(requestId, accessKey, action, finished.cloudStackCommands(), status, errorCode,
                    finished.duration().toMillis()).json());
        }
    }

    record Line(String requestId, String accessKey, String action, List<String> cloudStack, int status,
                String errorCode, long durationMs) {
        /**
         * One JSON object, its fields in this order. Written by hand with Jackson's string quoting: data binding
         * a record per request cost more than everything else the line takes.
         */
        String json() {
            StringBuilder out = new StringBuilder(160);
            out.append("{\"requestId\":");
            string(out, requestId);
            out.append(",\"accessKey\":");
            string(out, accessKey);
            out.append(",\"action\":");
            string(out, action);
            out.append(",\"cloudStack\":[");
            for (int i = 0; i < cloudStack.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, cloudStack.get(i));
            }
            out.append("],\"status\":").append(status).append(",\"errorCode\":");
            string(out, errorCode);
            return out.append(",\"durationMs\":").append(durationMs).append('}').toString();
        }

        private static void string(StringBuilder out, String value) {
            if (value == null) {
                out.append("null");
                return;
            }
            out.append('"');
            QUOTING.quoteAsString(value, out);
            out.append('"');
        }
    }
}
