package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

/** The AWS SDK for Java v2 launches an instance, waits with its own waiters, stops it and terminates it. */
final class JavaSdkInstanceSession {
    private static final Consumer<WaiterOverrideConfiguration.Builder> FAST = w -> w
            .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(500))).maxAttempts(120);

    private JavaSdkInstanceSession() {
    }

    static void run(URI endpoint, String region, String accessKey, String secretKey, String imageId) {
        try (Ec2Client ec2 = Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build()) {
            String token = UUID.randomUUID().toString();
            RunInstancesResponse run = ec2.runInstances(r -> r.imageId(imageId).minCount(1).maxCount(1)
                    .instanceType("t2.micro").placement(p -> p.availabilityZone("Sim-Basic")).clientToken(token));
            Instance launched = run.instances().get(0);
            assertEquals(InstanceStateName.PENDING, launched.state().name());
            String id = launched.instanceId();
            assertEquals(id, ec2.runInstances(r -> r.imageId(imageId).minCount(1).maxCount(1)
                    .instanceType("t2.micro").placement(p -> p.availabilityZone("Sim-Basic")).clientToken(token))
                    .instances().get(0).instanceId(), "the same client token launches once");

            ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), FAST);
            Instance running = ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
            assertEquals("t2.micro", running.instanceTypeAsString());
            assertEquals(run.reservationId(), ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0)
                    .reservationId());
            ec2.stopInstances(r -> r.instanceIds(id));
            ec2.waiter().waitUntilInstanceStopped(r -> r.instanceIds(id), FAST);
            ec2.terminateInstances(r -> r.instanceIds(id));
            ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(id), FAST);
            Ec2Exception incorrect = assertThrows(Ec2Exception.class, () -> ec2.startInstances(r -> r.instanceIds(id)));
            assertEquals("IncorrectInstanceState", incorrect.awsErrorDetails().errorCode());
        }
    }
}
