package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.gateway.Main;
import dev.ec2gateway.standin.StandInUser;
import java.io.IOException;
import java.io.InputStream;
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
    private static final List<String> SCRIPTS = List.of("session.py", "boto2_connection.py", "storage_boto2.py",
            "network_boto2.py", "volumes_attach_awscli.sh");

    @TempDir
    static Path work;

    private RunningGateway running;
    private StandInUser user;
    private String imageId;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        running = RunningGateway.start(dataDir);
        user = running.standIn().user();
        int added = Main.commandLine().execute("--data-dir", dataDir.toString(),
                "--cloudstack-url", running.standIn().apiUrl().toString(),
                "users", "add", "--access-key", user.apiKey(), "--secret-key", user.secretKey());
        assertEquals(0, added, "registering the test user with 'ec2-gateway users add'");
        imageId = Ec2Ids.of(Ec2Ids.Kind.IMAGE, featuredTemplate());
        isolatedNetworkInTheAdvancedZone();
        for (String script : SCRIPTS) {
            try (InputStream in = getClass().getResourceAsStream("/clients/" + script)) {
                Files.write(work.resolve(script), in.readAllBytes());
            }
        }
    }

    /** The stand-in's one featured template, as the test user lists it in CloudStack. */
    private String featuredTemplate() {
        try (CloudStackClient client = new CloudStackClient(CloudStackClientSettings.defaults(
                running.standIn().apiUrl()))) {
            List<JsonNode> templates = client.as(new CloudStackCredentials(user.apiKey(), user.secretKey()))
                    .list(Command.of("listTemplates").with("templatefilter", "featured"), "template", JsonNode.class);
            return templates.get(0).get("id").asText();
        }
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
        Path home = Files.createDirectories(work.resolve("home"));
        Map<String, String> env = new HashMap<>();
        env.put("EC2_URL", running.gateway().endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", user.apiKey());
        env.put("AWS_SECRET_ACCESS_KEY", user.secretKey());
        env.put("AWS_DEFAULT_REGION", RunningGateway.REGION);
        env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("HOME", home.toString());
        env.put("BOTO_CONFIG", home.resolve("boto.cfg").toString());
        env.put("WORK", work.toString());
        env.put("PYTHONPATH", work.toString());
        env.put("IMAGE_ID", imageId);
        ClientProcess result = ClientProcess.run(command, work, env);
        System.out.println("== " + String.join(" ", command) + "\n" + result.output());
        assertEquals(0, result.exitCode(), () -> "session failed:\n" + result.output());
        assertTrue(result.output().contains("ok   "), () -> "no step ran:\n" + result.output());
    }
}
