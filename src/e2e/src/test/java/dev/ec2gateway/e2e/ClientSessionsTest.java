package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.gateway.Main;
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
 * Drives the real gateway, in front of the CloudStack stand-in, with the real EC2 clients: AWS CLI v2,
 * boto3 (SigV4 and SigV2), boto 2 and the AWS SDK for Java v2. Each client runs one session of steps and
 * reports each; a failed step shows the call and the gateway's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientSessionsTest {
    private static final String REGION = RunningGateway.REGION;
    private static final List<String> SCRIPTS = List.of("session.py", "boto3_session.py", "boto2_session.py",
            "awscli_session.sh", "setuserkeys_session.py");

    @TempDir
    static Path work;

    private RunningGateway running;
    private CloudStackStandIn standIn;
    private GatewayApp gateway;
    private StandInUser user;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        running = RunningGateway.start(dataDir);
        standIn = running.standIn();
        gateway = running.gateway();
        user = standIn.user();
        int added = Main.commandLine().execute("--data-dir", dataDir.toString(),
                "--cloudstack-url", standIn.apiUrl().toString(),
                "users", "add", "--access-key", user.apiKey(), "--secret-key", user.secretKey());
        assertEquals(0, added, "registering the test user with 'ec2-gateway users add'");
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
    void awsCliRunsItsSession() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("awscli_session.sh").toString()));
    }

    @Test
    void boto3RunsItsSessionWithSigV4AndSigV2() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "boto3_session.py"));
    }

    @Test
    void boto2RunsItsSessionOnTheAwsapiPath() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "boto2_session.py"));
    }

    @Test
    void setUserKeysRegistersOnlyKeysThatCloudStackAccepts() throws Exception {
        StandInUser other = standIn.otherUser();
        assertSessionPasses(List.of("/usr/bin/python3", "setuserkeys_session.py"),
                Map.of("NEW_ACCESS_KEY", other.apiKey(), "NEW_SECRET_KEY", other.secretKey()));
    }

    @Test
    void awsSdkForJavaRunsItsSession() {
        JavaSdkSession.run(gateway.endpoint(), REGION, user.apiKey(), user.secretKey());
    }

    private void assertSessionPasses(List<String> command) throws IOException, InterruptedException {
        assertSessionPasses(command, Map.of());
    }

    private void assertSessionPasses(List<String> command, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("home"));
        Map<String, String> env = new HashMap<>();
        env.put("EC2_URL", gateway.endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", user.apiKey());
        env.put("AWS_SECRET_ACCESS_KEY", user.secretKey());
        env.put("AWS_DEFAULT_REGION", REGION);
        env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("HOME", home.toString());
        env.put("BOTO_CONFIG", home.resolve("boto.cfg").toString());
        env.put("WORK", work.toString());
        env.put("PYTHONPATH", work.toString());
        env.putAll(extraEnv);
        ClientProcess result = ClientProcess.run(command, work, env);
        System.out.println("== " + String.join(" ", command) + "\n" + result.output());
        assertEquals(0, result.exitCode(), () -> "session failed:\n" + result.output());
        assertTrue(result.output().contains("ok   "), () -> "no step ran:\n" + result.output());
    }
}
