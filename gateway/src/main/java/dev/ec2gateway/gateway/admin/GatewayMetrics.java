package dev.ec2gateway.gateway.admin;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackCall;
import dev.ec2gateway.gateway.http.FinishedRequest;
import dev.ec2gateway.gateway.http.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The gateway's metrics, kept by Micrometer and scraped in Prometheus' text format: EC2 requests by
 * action and outcome (ok or the EC2 error code) with latency buckets, authentication failures,
 * CloudStack calls by command and HTTP status with latency buckets, jobs submitted, and the jobs a
 * request is waiting on right now. Action names are labels only when the gateway knows them, so a
 * client cannot grow the label set at will.
 */
public final class GatewayMetrics implements RequestListener {
    static final String UNKNOWN_ACTION = "unknown";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Predicate<String> knownAction;
    private final AtomicInteger jobWaits = new AtomicInteger();
    // Registering a meter again finds the one registered first, but builds its id and tags on every call:
    // the timers of the request path are kept here after their first use instead.
    private final Map<Labels, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Map<Labels, Timer> cloudStackTimers = new ConcurrentHashMap<>();

    /** The two label values that tell one timer of a name from the others. */
    private record Labels(String first, String second) {
    }

    /** @param knownAction whether an action name is one the gateway knows (an EC2 action or an extension) */
    public GatewayMetrics(Predicate<String> knownAction) {
        this.knownAction = knownAction;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("ec2gateway.cloudstack.job.waits", jobWaits, AtomicInteger::get)
                .description("CloudStack async jobs a request is waiting on right now")
                .register(registry);
    }

    @Override
    public void requestFinished(FinishedRequest request) {
        String action = actionLabel(request.action());
        String outcome = request.succeeded() ? "ok" : request.errorCode() == null ? "http_" + request.status()
                : request.errorCode();
        requestTimers.computeIfAbsent(new Labels(action, outcome), labels -> Timer.builder("ec2gateway.requests")
                .description("EC2 requests answered, by action and outcome (ok or the EC2 error code)")
                .tag("action", labels.first())
                .tag("outcome", labels.second())
                .serviceLevelObjectives(BUCKETS)
                .register(registry))
                .record(request.duration());
        if (request.authenticationFailed()) {
            Counter.builder("ec2gateway.auth.failures")
                    .description("requests refused because their signature or access key was not accepted")
                    .tag("code", outcome)
                    .register(registry)
                    .increment();
        }
    }

    /** Records one HTTP call to CloudStack; status 0 means CloudStack could not be reached. */
    public void cloudStackCalled(CloudStackCall call) {
        String status = call.httpStatus() == 0 ? "unreachable" : Integer.toString(call.httpStatus());
        cloudStackTimers.computeIfAbsent(new Labels(call.command(), status), labels ->
                Timer.builder("ec2gateway.cloudstack.calls")
                        .description("HTTP calls to CloudStack, by command and HTTP status (unreachable: no answer)")
                        .tag("command", labels.first())
                        .tag("status", labels.second())
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry))
                .record(call.duration());
    }

    /** CloudStack as given, with the jobs it submits counted and its waits for jobs tracked. */
    public CloudStack observe(CloudStack cloudStack) {
        return new ObservedCloudStack(cloudStack, this);
    }

    void jobSubmitted(String command) {
        Counter.builder("ec2gateway.cloudstack.jobs.submitted")
                .description("CloudStack async jobs submitted, by command")
                .tag("command", command)
                .register(registry)
                .increment();
    }

    AtomicInteger jobWaits() {
        return jobWaits;
    }

    private String actionLabel(String action) {
        if (action == null || action.isBlank()) {
            return "none";
        }
        return knownAction.test(action) ? action : UNKNOWN_ACTION;
    }

    /** Every metric in Prometheus' text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
