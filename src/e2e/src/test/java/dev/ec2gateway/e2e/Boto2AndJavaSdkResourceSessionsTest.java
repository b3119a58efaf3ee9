package dev.ec2gateway.e2e;


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
        running.isolatedNetworkInTheAdvancedZone(user);
        sessions = new ClientSessions(running, work);
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
