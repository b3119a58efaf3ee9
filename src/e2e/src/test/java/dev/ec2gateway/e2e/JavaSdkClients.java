package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** The AWS SDK for Java v2 client the sessions share (endpoint override, no retries) and its fast waiters. */
final class JavaSdkClients {
    static final Consumer<WaiterOverrideConfiguration.Builder> FAST = w -> w
            .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(250))).maxAttempts(240);

    private static final int POLLS = 200;

    private JavaSdkClients() {
    }

    static Ec2Client client(URI endpoint, String region, String accessKey, String secretKey) {
        return Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    /** Launches one instance with RunInstances in the zone and waits until it runs; its id. */
    static String runningInstance(Ec2Client ec2, String imageId, String zone) {
        String id = ec2.runInstances(r -> r.imageId(imageId).minCount(1).maxCount(1).instanceType("m1.small")
                .placement(p -> p.availabilityZone(zone))).instances().get(0).instanceId();
        ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), FAST);
        return id;
    }

    /** Describes until {@code done} holds; the change an accepted job makes shows up shortly after it. */
    static void poll(String what, BooleanSupplier done) {
        for (int i = 0; i < POLLS; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
        throw new AssertionError("not " + what + " after " + POLLS + " polls");
    }

    /** Terminates the instance and waits until it is gone. */
    static void terminate(Ec2Client ec2, String instanceId) {
        ec2.terminateInstances(r -> r.instanceIds(instanceId));
        ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(instanceId), FAST);
        assertEquals(InstanceStateName.TERMINATED, ec2.describeInstances(r -> r.instanceIds(instanceId))
                .reservations().get(0).instances().get(0).state().name());
    }
}
