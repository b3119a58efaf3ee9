package dev.ec2gateway.cloudstack;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway talks to CloudStack: its API endpoint ({@code http://host:8080/client/api}),
 * timeouts, the connection pool size, the page size for list walking and the async-job polling bounds.
 */
public record CloudStackClientSettings(
        URI endpoint,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxConnections,
        int pageSize,
        Duration jobPollInitial,
        Duration jobPollMax,
        Duration jobWaitLimit) {

    public CloudStackClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!endpoint.isAbsolute() || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("CloudStack endpoint must be an absolute URL without query: " + endpoint);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        requirePositive(jobPollInitial, "jobPollInitial");
        requirePositive(jobPollMax, "jobPollMax");
        requirePositive(jobWaitLimit, "jobWaitLimit");
        if (jobPollMax.compareTo(jobPollInitial) < 0) {
            throw new IllegalArgumentException("jobPollMax must not be shorter than jobPollInitial");
        }
        if (maxConnections < 1 || pageSize < 1) {
            throw new IllegalArgumentException("maxConnections and pageSize must be positive");
        }
    }

    /** Settings that suit a CloudStack on a nearby network: 5 s to connect, 30 s per answer, 60 s per job. */
    public static CloudStackClientSettings defaults(URI endpoint) {
        return new CloudStackClientSettings(endpoint, Duration.ofSeconds(5), Duration.ofSeconds(30), 64, 500,
                Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
