package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.standin.CloudStackStandIn;
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
 * Volumes, snapshots and tags with the real clients against the gateway in front of the stand-in: create,
 * attach to a running VM, snapshot, tag, detach, delete, with the clients' waiters; a second registered
 * account must see none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageSessionsTest {
    private static final List<String> SCRIPTS = List.of("session.py", "cloudstack_vm.py", "volumes_session.py",
            "volumes_awscli_session.sh");

    @TempDir
    static Path work;

    private RunningGateway running;
    private CloudStackStandIn standIn;
    private GatewayApp gateway;
    private StandInUser user;
    private StandInUser other;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        running = RunningGateway.start(Files.createDirectories(work.resolve("data")));
        standIn = running.standIn();
        gateway = running.gateway();
        user = standIn.user();
        other = standIn.otherUser();
        gateway.registerUser(user.apiKey(), user.secretKey());
        gateway.registerUser(other.apiKey(), other.secretKey());
        for (String script : SCRIPTS) {
            try (InputStream in = getClass().getResourceAsStream("/clients/" + script)) {
                Files.write(work.resolve(script), in.readAllBytes());
            }
        }
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void boto3CreatesAttachesSnapshotsTagsAndDeletesAVolumeThatAnotherAccountCannotSee() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "volumes_session.py"));
    }

    @Test
    void awsCliCreatesSnapshotsTagsAndDeletesAVolumeWithItsWaiters() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("volumes_awscli_session.sh").toString()));
    }

    private void assertSessionPasses(List<String> command) throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("home"));
        Map<String, String> env = new HashMap<>();
        env.put("EC2_URL", gateway.endpoint().toString());
        env.put("CLOUDSTACK_URL", standIn.apiUrl().toString());
        env.put("AWS_ACCESS_KEY_ID", user.apiKey());
        env.put("AWS_SECRET_ACCESS_KEY", user.secretKey());
        env.put("OTHER_ACCESS_KEY", other.apiKey());
        env.put("OTHER_SECRET_KEY", other.secretKey());
        env.put("AWS_DEFAULT_REGION", RunningGateway.REGION);
        env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("HOME", home.toString());
        env.put("WORK", work.toString());
        env.put("PYTHONPATH", work.toString());
        ClientProcess result = ClientProcess.run(command, work, env);
        System.out.println("== " + String.join(" ", command) + "\n" + result.output());
        assertEquals(0, result.exitCode(), () -> "session failed:\n" + result.output());
        assertTrue(result.output().contains("ok   "), () -> "no step ran:\n" + result.output());
    }
}
