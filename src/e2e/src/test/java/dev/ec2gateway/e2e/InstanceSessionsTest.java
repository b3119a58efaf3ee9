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
 * Instances end to end: boto3, boto 2, the AWS CLI and the AWS SDK for Java launch, wait for, filter, stop, start, reboot and terminate
 * instances through the real gateway in front of the CloudStack stand-in, with ClientToken retries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstanceSessionsTest {
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
        sessions = new ClientSessions(running, work);
    }


    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void boto3LaunchesWaitsForStopsStartsAndTerminatesAnInstance() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "instances_session.py"));
    }

    @Test
    void boto2LaunchesWithItsDefaultInstanceTypeAndPollsTheState() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "boto2_instances_session.py"));
    }

    @Test
    void awsCliLaunchesAnInstanceOnceForOneClientTokenAndTerminatesIt() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("awscli_instances.sh").toString()));
    }

    @Test
    void awsSdkForJavaLaunchesWaitsForAndTerminatesAnInstance() {
        JavaSdkInstanceSession.run(running.gateway().endpoint(), RunningGateway.REGION, user.apiKey(),
                user.secretKey(), imageId);
    }

    private void assertSessionPasses(List<String> command) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("IMAGE_ID", imageId);
        sessions.assertPasses(user, command, env);
    }
}
