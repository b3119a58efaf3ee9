package dev.ec2gateway.e2e;


import com.fasterxml.jackson.databind.JsonNode;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.standin.StandInUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Volumes, snapshots, security groups, elastic IPs and tags driven by boto 2 and the AWS SDK for Java v2,
 * on instances RunInstances launched; and the AWS CLI attaching a volume and repeating a CreateVolume
 * with one ClientToken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Boto2AndJavaSdkResourceSessionsTest {
    @TempDir
    static Path work;

    private RunningGateway running;
    private ClientSessions sessions;
    private StandInUser user;
    private String imageId;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        running = RunningGateway.start(dataDir);
        user = running.standIn().user();
        running.register(user);
        imageId = running.featuredImageId(user);
        isolatedNetworkInTheAdvancedZone();
        sessions = new ClientSessions(running, work);
    }


    /**
     * RunInstances in an advanced zone needs a network, and the gateway has no CreateSubnet: the network is
     * made through CloudStack itself, with the user's keys.
     */
    private void isolatedNetworkInTheAdvancedZone() {
        try (CloudStackClient client = new CloudStackClient(CloudStackClientSettings.defaults(
                running.standIn().apiUrl()))) {
            CloudStack cloudStack = client.as(new CloudStackCredentials(user.apiKey(), user.secretKey()));
            String zone = cloudStack.list(Command.of("listZones").with("name", "Sim-Advanced"), "zone", JsonNode.class)
                    .get(0).get("id").asText();
            String offering = cloudStack.list(Command.of("listNetworkOfferings")
                    .with("name", "DefaultIsolatedNetworkOfferingWithSourceNatService"), "networkoffering",
                    JsonNode.class).get(0).get("id").asText();
            cloudStack.get(Command.of("createNetwork").with("zoneid", zone).with("networkofferingid", offering)
                    .with("name", "e2e-net").with("displaytext", "e2e-net"), "network", JsonNode.class);
        }
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void boto2AttachesSnapshotsTagsDetachesAndDeletesAVolume() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "storage_boto2.py"));
    }

    @Test
    void boto2ManagesSecurityGroupsAndAnElasticIp() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "network_boto2.py"));
    }

    @Test
    void awsCliAttachesAVolumeToALaunchedInstanceAndCreatesAVolumeOnceForOneClientToken() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("volumes_attach_awscli.sh").toString()));
    }

    @Test
    void awsSdkForJavaAttachesSnapshotsTagsDetachesAndDeletesAVolume() {
        JavaSdkStorageSession.run(running.gateway().endpoint(), RunningGateway.REGION, user.apiKey(),
                user.secretKey(), imageId);
    }

    @Test
    void awsSdkForJavaManagesSecurityGroupsAndAnElasticIp() {
        JavaSdkNetworkSession.run(running.gateway().endpoint(), RunningGateway.REGION, user.apiKey(),
                user.secretKey(), imageId);
    }

    private void assertSessionPasses(List<String> command) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("IMAGE_ID", imageId);
        sessions.assertPasses(user, command, env);
    }
}
