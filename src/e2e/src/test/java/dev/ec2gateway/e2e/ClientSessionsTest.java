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
 * Drives the real gateway, in front of the CloudStack stand-in, with the real EC2 clients: AWS CLI v2,
 * boto3 (SigV4 and SigV2), boto 2 and the AWS SDK for Java v2. Each client runs one session of steps and
 * reports each; a failed step shows the call and the gateway's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientSessionsTest {
    private static final String REGION = RunningGateway.REGION;
    @TempDir
    static Path work;

    private RunningGateway running;
    private ClientSessions sessions;
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
        sessions.assertPasses(user, command, Map.of());
    }

    private void assertSessionPasses(List<String> command, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        sessions.assertPasses(user, command, extraEnv);
    }
}
