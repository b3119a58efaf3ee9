package dev.ec2gateway.gateway.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Whether what the gateway depends on answers: CloudStack (an unsigned GET of its API URL; any HTTP
 * answer, such as CloudStack's 401 to an unsigned call, proves it is there) and the account store (a
 * trivial query). Both run at once, each bounded by the timeout.
 */
public final class HealthCheck implements AutoCloseable {
    private final URI cloudStackUrl;
    private final Runnable storePing;
    private final Duration timeout;
    private HttpClient http;
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ec2-gateway-health");
        thread.setDaemon(true);
        return thread;
    });

    public HealthCheck(URI cloudStackUrl, Runnable storePing, Duration timeout) {
        this.cloudStackUrl = cloudStackUrl;
        this.storePing = storePing;
        this.timeout = timeout;
    }

    /** The state of the gateway and of each dependency. */
    public HealthReport check() {
        CompletableFuture<Probe> cloudStack = CompletableFuture.supplyAsync(this::probeCloudStack, probes);
        CompletableFuture<Probe> store = CompletableFuture.supplyAsync(this::probeStore, probes);
        return new HealthReport("up", finish(cloudStack), finish(store));
    }

    private Probe finish(CompletableFuture<Probe> probe) {
        return probe.completeOnTimeout(new Probe(false, "no answer within " + timeout.toSeconds() + " s"),
                timeout.toMillis() + 500, TimeUnit.MILLISECONDS).join();
    }

    private Probe probeCloudStack() {
        try {
            HttpResponse<Void> answer = http().send(HttpRequest.newBuilder(cloudStackUrl).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Probe(true, "HTTP " + answer.statusCode() + " from " + cloudStackUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted");
        } catch (Exception e) {
            return new Probe(false, cloudStackUrl + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /**
     * The client, built at the first check: building it reads the JVM's trust store for its default TLS, about
     * a fifth of a second that every start would spend before its first answer.
     */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).executor(probes).build();
        }
        return http;
    }

    private Probe probeStore() {
        try {
            storePing.run();
            return new Probe(true, "answers");
        } catch (RuntimeException e) {
            return new Probe(false, e.getMessage());
        }
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }

    /** One dependency's state: whether it answered, and what was seen. */
    public record Probe(boolean reachable, String detail) {
    }

    /** The /health body: the gateway's own state and each dependency's. */
    public record HealthReport(String status, Probe cloudStack, Probe accountStore) {
    }
}
