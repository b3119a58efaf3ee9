package dev.ec2gateway.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.cloudstack.ListPage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedCloudStackTest {
    private final GatewayMetrics metrics = new GatewayMetrics(action -> true);

    private double sample(String name) {
        return PrometheusText.samples(metrics.scrape()).getOrDefault(name, -1.0);
    }

    @Test
    void aJobBeingWaitedOnIsCountedUntilTheWaitEnds() {
        CloudStack cloudStack = metrics.observe(new CloudStack() {
            @Override
            public <T> T get(Command command, String key, Class<T> type) {
                throw new AssertionError();
            }

            @Override
            public <T> T read(Command command, Class<T> type) {
                throw new AssertionError();
            }

            @Override
            public <T> List<T> list(Command command, String itemKey, Class<T> type) {
                throw new AssertionError();
            }

            @Override
            public <T> ListPage<T> page(Command command, String itemKey, Class<T> type) {
                throw new AssertionError();
            }

            @Override
            public AsyncJob submit(Command command) {
                return new AsyncJob(command.name(), "job-1", null);
            }

            @Override
            public <T> T await(AsyncJob job, String resultKey, Class<T> type) {
                assertEquals(1.0, sample("ec2gateway_cloudstack_job_waits"), "while waiting");
                return type.cast("done");
            }
        });

        AsyncJob job = cloudStack.submit(Command.of("associateIpAddress"));
        assertEquals("done", cloudStack.await(job, null, String.class));

        assertEquals(0.0, sample("ec2gateway_cloudstack_job_waits"));
        assertEquals(1.0, sample("ec2gateway_cloudstack_jobs_submitted_total{command=\"associateIpAddress\"}"));
    }
}
