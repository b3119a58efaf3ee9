package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** The AWS SDK for Java v2's session: endpoint override (it posts to /), static credentials. */
final class JavaSdkSession {
    private static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGvYZtmQKR7yJ4ELDyRH7U2PWTD4iLd0Fo/8H3InVfVa java";

    private JavaSdkSession() {
    }

    static void run(URI endpoint, String region, String accessKey, String secretKey) {
        try (Ec2Client ec2 = Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build()) {
            DescribeAvailabilityZonesResponse zones = ec2.describeAvailabilityZones();
            assertFalse(zones.availabilityZones().isEmpty(), "zones");
            assertEquals("available", zones.availabilityZones().get(0).stateAsString());
            assertFalse(zones.responseMetadata().requestId().equals("UNKNOWN"), "request id");
            assertEquals(region, ec2.describeRegions().regions().get(0).regionName());

            CreateKeyPairResponse created = ec2.createKeyPair(r -> r.keyName("java-created"));
            assertTrue(created.keyMaterial().startsWith("-----BEGIN"), "key material");
            Ec2Exception duplicate = assertThrows(Ec2Exception.class,
                    () -> ec2.createKeyPair(r -> r.keyName("java-created")));
            assertEquals("InvalidKeyPair.Duplicate", duplicate.awsErrorDetails().errorCode());
            assertEquals(400, duplicate.statusCode());

            ec2.importKeyPair(r -> r.keyName("java-imported").publicKeyMaterial(SdkBytes.fromUtf8String(PUBLIC_KEY)));
            assertEquals(2, ec2.describeKeyPairs(r -> r.keyNames("java-created", "java-imported")).keyPairs().size());
            ec2.deleteKeyPair(r -> r.keyName("java-created"));
            ec2.deleteKeyPair(r -> r.keyName("java-imported"));
            Ec2Exception gone = assertThrows(Ec2Exception.class,
                    () -> ec2.describeKeyPairs(r -> r.keyNames("java-created")));
            assertEquals("InvalidKeyPair.NotFound", gone.awsErrorDetails().errorCode());
        }
    }
}
