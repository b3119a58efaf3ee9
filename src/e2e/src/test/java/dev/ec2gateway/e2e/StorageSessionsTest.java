package dev.ec2gateway.e2e;


import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.standin.CloudStackStandIn;
import dev.ec2gateway.standin.StandInUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    @TempDir
    static Path work;

    private RunningGateway running;
    private ClientSessions sessions;
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
        running.register(user, other);
        sessions = new ClientSessions(running, work);
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
        sessions.assertPasses(user, command, Map.of());
    }
}
