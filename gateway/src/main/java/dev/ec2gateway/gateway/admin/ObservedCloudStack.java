package dev.ec2gateway.gateway.admin;

import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.cloudstack.ListPage;
import java.util.List;

/** A CloudStack that counts the jobs submitted through it and the waits for jobs in progress. */
final class ObservedCloudStack implements CloudStack {
    private final CloudStack next;
    private final GatewayMetrics metrics;

    ObservedCloudStack(CloudStack next, GatewayMetrics metrics) {
        this.next = next;
        this.metrics = metrics;
    }

    @Override
    public <T> T get(Command command, String key, Class<T> type) {
        return next.get(command, key, type);
    }

    @Override
    public <T> T read(Command command, Class<T> type) {
        return next.read(command, type);
    }

    @Override
    public <T> List<T> list(Command command, String itemKey, Class<T> type) {
        return next.list(command, itemKey, type);
    }

    @Override
    public <T> ListPage<T> page(Command command, String itemKey, Class<T> type) {
        return next.page(command, itemKey, type);
    }

    @Override
    public AsyncJob submit(Command command) {
        AsyncJob job = next.submit(command);
        metrics.jobSubmitted(command.name());
        return job;
    }

    @Override
    public <T> T await(AsyncJob job, String resultKey, Class<T> type) {
        metrics.jobWaits().incrementAndGet();
        try {
            return next.await(job, resultKey, type);
        } finally {
            metrics.jobWaits().decrementAndGet();
        }
    }
}
