package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.standin.CloudStackStandIn;
import dev.ec2gateway.standin.StandInUser;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** With CloudStack admin keys configured, users need no registration: their keys are looked up. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyLookupModeTest {
    @TempDir
    static Path work;

    private RunningGateway running;
    private CloudStackStandIn standIn;
    private GatewayApp gateway;

    @BeforeAll
    void start() throws Exception {
        running = RunningGateway.start(work.resolve("data"), cloud -> Map.of(
                ConfigKey.CLOUDSTACK_ADMIN_API_KEY, cloud.admin().apiKey(),
                ConfigKey.CLOUDSTACK_ADMIN_SECRET_KEY, cloud.admin().secretKey()));
        standIn = running.standIn();
        gateway = running.gateway();
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    private Ec2Client client(String accessKey, String secretKey) {
        return Ec2Client.builder().endpointOverride(gateway.endpoint()).region(Region.of("cloudstack"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    @Test
    void anUnregisteredCloudStackUserIsServedWithItsOwnKeys() {
        StandInUser user = standIn.createUser("lookup-user");
        try (Ec2Client ec2 = client(user.apiKey(), user.secretKey())) {
            assertFalse(ec2.describeAvailabilityZones().availabilityZones().isEmpty());
        }
    }

    @Test
    void aUserOfADisabledAccountIsRefused() {
        StandInUser user = standIn.createUser("disabled-account-user");
        standIn.setAccountEnabled(user.account(), false);
        try (Ec2Client ec2 = client(user.apiKey(), user.secretKey())) {
            Ec2Exception e = assertThrows(Ec2Exception.class, ec2::describeAvailabilityZones);
            assertEquals("AuthFailure", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void anAccessKeyCloudStackDoesNotKnowIsRefused() {
        try (Ec2Client ec2 = client("AKIDNOBODY", "secret")) {
            Ec2Exception e = assertThrows(Ec2Exception.class, ec2::describeAvailabilityZones);
            assertEquals("AuthFailure", e.awsErrorDetails().errorCode());
            assertEquals(401, e.statusCode());
        }
    }
}
