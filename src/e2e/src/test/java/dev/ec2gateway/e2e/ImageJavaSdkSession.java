package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ImageState;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;

/** The image actions with the AWS SDK for Java v2: describe, register, create, wait, share, deregister. */
final class ImageJavaSdkSession {
    private static final String FEATURED = "CentOS 5.6 (64-bit) no GUI (Simulator)";

    private ImageJavaSdkSession() {
    }

    static void run(URI endpoint, String region, String accessKey, String secretKey, String runningInstance) {
        try (Ec2Client ec2 = Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build()) {
            List<Image> all = ec2.describeImages(r -> r.owners("all")).images();
            assertEquals(1, all.stream().filter(i -> i.name().equals(FEATURED)).count(), "featured image once");
            assertEquals(ImageState.AVAILABLE, all.stream().filter(i -> i.name().equals(FEATURED)).findFirst()
                    .orElseThrow().state());

            String registered = ec2.registerImage(r -> r.name("java-registered")
                    .imageLocation("http://10.1.1.1/images/java.ova#hypervisor=Simulator&ostype=CentOS%205.6%20(64-bit)"))
                    .imageId();
            String created = ec2.createImage(r -> r.instanceId(runningInstance).name("java-from-running").noReboot(true))
                    .imageId();
            WaiterOverrideConfiguration quick = WaiterOverrideConfiguration.builder().maxAttempts(60)
                    .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(500))).build();
            ec2.waiter().waitUntilImageAvailable(DescribeImagesRequest.builder().imageIds(registered, created).build(),
                    quick);
            Image image = ec2.describeImages(r -> r.imageIds(created)).images().get(0);
            assertEquals("java-from-running", image.name());
            assertTrue(image.creationDate() != null && !image.creationDate().isEmpty(), "creation date");

            ec2.modifyImageAttribute(r -> r.imageId(created)
                    .launchPermission(p -> p.add(LaunchPermission.builder().group(PermissionGroup.ALL).build())));
            assertEquals(List.of(LaunchPermission.builder().group(PermissionGroup.ALL).build()),
                    ec2.describeImageAttribute(r -> r.imageId(created).attribute("launchPermission")).launchPermissions());
            ec2.resetImageAttribute(r -> r.imageId(created).attribute("launchPermission"));
            assertEquals(List.of(),
                    ec2.describeImageAttribute(r -> r.imageId(created).attribute("launchPermission")).launchPermissions());

            Ec2Exception malformed = assertThrows(Ec2Exception.class,
                    () -> ec2.describeImages(r -> r.imageIds("ami-xyz")));
            assertEquals("InvalidAMIID.Malformed", malformed.awsErrorDetails().errorCode());
            ec2.deregisterImage(r -> r.imageId(registered));
            ec2.deregisterImage(r -> r.imageId(created));
        }
    }
}
