package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.GatewayApp;
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
 * Key pair fingerprints with boto3 and the AWS CLI against the gateway in front of the stand-in: created and
 * imported keys show EC2's fingerprints, computed again by the scripts from the key material.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyPairSessionsTest {
    private static final List<String> SCRIPTS = List.of("session.py", "keypairs_session.py", "keypairs_awscli.sh");

    @TempDir
    static Path work;

    private RunningGateway running;
    private GatewayApp gateway;
    private StandInUser user;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        running = RunningGateway.start(Files.createDirectories(work.resolve("data")));
        gateway = running.gateway();
        user = running.standIn().user();
        gateway.registerUser(user.apiKey(), user.secretKey());
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
    void boto3SeesEc2sFingerprintsOfCreatedAndImportedKeyPairs() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "keypairs_session.py"));
    }

    @Test
    void awsCliSeesEc2sFingerprintsOfCreatedAndImportedKeyPairs() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("keypairs_awscli.sh").toString()));
    }

    private void assertSessionPasses(List<String> command) throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("home"));
        Map<String, String> env = new HashMap<>();
        env.put("EC2_URL", gateway.endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", user.apiKey());
        env.put("AWS_SECRET_ACCESS_KEY", user.secretKey());
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
