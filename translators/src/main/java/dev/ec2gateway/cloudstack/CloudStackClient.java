package dev.ec2gateway.cloudstack;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The gateway's one connection to CloudStack: a pooled HTTP client shared by every request, from which
 * each caller gets its own {@link CloudStack} signed with its own keys.
 */
public final class CloudStackClient implements AutoCloseable {
    private static final Consumer<CloudStackCall> NO_OBSERVER = call -> { };

    private final HttpTransport transport;
    private final AnswerReader reader = new AnswerReader();
    private final JobWaiter waiter;
    private final int pageSize;

    public CloudStackClient(CloudStackClientSettings settings) {
        this(settings, Ticker.SYSTEM);
    }

    CloudStackClient(CloudStackClientSettings settings, Ticker ticker) {
        this.transport = HttpTransport.open(settings);
        this.waiter = new JobWaiter(settings, ticker);
        this.pageSize = settings.pageSize();
    }

    /** CloudStack as the owner of these credentials sees it. */
    public CloudStack as(CloudStackCredentials credentials) {
        return as(credentials, NO_OBSERVER);
    }

    /** CloudStack as the owner of these credentials sees it, reporting every HTTP call to {@code observer}. */
    public CloudStack as(CloudStackCredentials credentials, Consumer<CloudStackCall> observer) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(observer, "observer");
        return new RealCloudStack(credentials, new ObservedTransport(transport, observer), reader, waiter, pageSize);
    }

    /**
     * The query string of a command signed as CloudStack requires, for callers that send it themselves
     * (the benchmark compares the gateway with CloudStack called directly).
     */
    public static String signedQuery(Command command, CloudStackCredentials credentials) {
        return QuerySigner.sign(command, credentials).query();
    }

    @Override
    public void close() {
        transport.close();
    }
}
