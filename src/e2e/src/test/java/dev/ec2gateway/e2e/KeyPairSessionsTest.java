package dev.ec2gateway.e2e;


import dev.ec2gateway.gateway.GatewayApp;
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
 * Key pair fingerprints with boto3 and the AWS CLI against the gateway in front of the stand-in: created and
 * imported keys show EC2's fingerprints, computed again by the scripts from the key material.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyPairSessionsTest {
    @TempDir
    static Path work;

    private RunningGateway running;
    private ClientSessions sessions;
    private GatewayApp gateway;
    private StandInUser user;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        running = RunningGateway.start(Files.createDirectories(work.resolve("data")));
        gateway = running.gateway();
        user = running.standIn().user();
        running.register(user);
        sessions = new ClientSessions(running, work);
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void boto3SeesEc2sFingerprintsOfCreatedAndImportedKeyPairs() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "keypairs_session.py"));
    }

    @Test
    void awsCliSeesEc2sFingerprintsOfCreatedAndImportedKeyPairs() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("keypairs_awscli.sh").toString()));
    }

    private void assertSessionPasses(List<String> command) throws IOException, InterruptedException {
        sessions.assertPasses(user, command, Map.of());
    }
}
