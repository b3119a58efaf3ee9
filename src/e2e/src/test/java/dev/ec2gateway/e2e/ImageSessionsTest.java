package dev.ec2gateway.e2e;


import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.standin.CloudStackStandIn;
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
 * The image actions driven by boto3, the AWS CLI, boto 2 and the AWS SDK for Java v2 against the gateway in front of the stand-in. The
 * instances to make images of are deployed straight through the stand-in's CloudStack API (with the
 * user's own keys), so these sessions do not depend on RunInstances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageSessionsTest {
    @TempDir
    static Path work;

    private RunningGateway running;
    private ClientSessions sessions;
    private GatewayApp gateway;
    private StandInUser user;
    private String otherAccount;
    private String runningInstance;
    private String stoppedInstance;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        running = RunningGateway.start(dataDir);
        CloudStackStandIn standIn = running.standIn();
        gateway = running.gateway();
        user = standIn.user();
        otherAccount = standIn.otherUser().account();
        running.register(user);
        try (CloudStackClient client = new CloudStackClient(CloudStackClientSettings.defaults(standIn.apiUrl()))) {
            CloudStack cloudStack = client.as(new CloudStackCredentials(user.apiKey(), user.secretKey()));
            runningInstance = deploy(cloudStack, false);
            stoppedInstance = deploy(cloudStack, true);
        }
        sessions = new ClientSessions(running, work);
    }

    /** Deploys a VM from the featured template in the first zone, stopped if asked; its EC2 instance id. */
    private static String deploy(CloudStack cloudStack, boolean stopped) {
        String zone = cloudStack.list(Command.of("listZones"), "zone", Id.class).get(0).id();
        String offering = cloudStack.list(Command.of("listServiceOfferings"), "serviceoffering", Id.class).get(0).id();
        String template = cloudStack.list(Command.of("listTemplates").with("templatefilter", "featured")
                .with("zoneid", zone), "template", Id.class).get(0).id();
        AsyncJob deployed = cloudStack.submit(Command.of("deployVirtualMachine").with("zoneid", zone)
                .with("serviceofferingid", offering).with("templateid", template));
        cloudStack.await(deployed, null, Id.class);
        if (stopped) {
            cloudStack.await(cloudStack.submit(Command.of("stopVirtualMachine").with("id", deployed.objectId())),
                    null, Id.class);
        }
        return Ec2Ids.of(Ec2Ids.Kind.INSTANCE, deployed.objectId());
    }

    /** Any CloudStack object, by its id only. */
    record Id(String id) {
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void boto3RunsTheImageSession() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "images_session.py"));
    }

    @Test
    void awsCliRunsTheImageSession() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("images_awscli.sh").toString()));
    }

    @Test
    void boto2RunsTheImageSession() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "images_boto2.py"));
    }

    @Test
    void awsSdkForJavaRunsTheImageSession() {
        ImageJavaSdkSession.run(gateway.endpoint(), RunningGateway.REGION, user.apiKey(), user.secretKey(),
                runningInstance);
    }

    private void assertSessionPasses(List<String> command) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("RUNNING_INSTANCE", runningInstance);
        env.put("STOPPED_INSTANCE", stoppedInstance);
        env.put("OTHER_ACCOUNT", otherAccount);
        env.put("OWNER_ACCOUNT", user.account());
        sessions.assertPasses(user, command, env);
    }
}
