package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Security groups and elastic IPs through the real clients, with a second account that must see none
 * of the first account's groups or addresses and gets NotFound errors acting on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkSessionsTest {
    private static final List<String> SCRIPTS = List.of("session.py", "secgroups_session.py",
            "secgroups_awscli_session.sh", "addresses_session.py");

    @TempDir
    static Path work;

    private RunningGateway running;
    private StandInUser user;
    private StandInUser other;
    private CloudStackClient cloudStackClient;
    private CloudStack asUser;

    @BeforeAll
    void startCloudAndGateway() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        running = RunningGateway.start(dataDir);
        user = running.standIn().user();
        other = running.standIn().otherUser();
        for (StandInUser registered : List.of(user, other)) {
            int added = Main.commandLine().execute("--data-dir", dataDir.toString(),
                    "--cloudstack-url", running.standIn().apiUrl().toString(),
                    "users", "add", "--access-key", registered.apiKey(), "--secret-key", registered.secretKey());
            assertEquals(0, added, "registering " + registered.account());
        }
        for (String script : SCRIPTS) {
            try (InputStream in = getClass().getResourceAsStream("/clients/" + script)) {
                Files.write(work.resolve(script), in.readAllBytes());
            }
        }
        cloudStackClient = new CloudStackClient(CloudStackClientSettings.defaults(running.standIn().apiUrl()));
        asUser = cloudStackClient.as(new CloudStackCredentials(user.apiKey(), user.secretKey()));
    }

    @AfterAll
    void stop() {
        if (cloudStackClient != null) {
            cloudStackClient.close();
        }
        if (running != null) {
            running.close();
        }
    }

    @Test
    void boto3ManagesSecurityGroupsAndAnotherAccountSeesNoneOfThem() throws Exception {
        assertSessionPasses(List.of("/usr/bin/python3", "secgroups_session.py"), Map.of());
    }

    @Test
    void awsCliManagesSecurityGroups() throws Exception {
        assertSessionPasses(List.of("/bin/bash", work.resolve("secgroups_awscli_session.sh").toString()), Map.of());
    }

    @Test
    void boto3AllocatesAssociatesAndReleasesAnAddressThatAnotherAccountCannotTouch() throws Exception {
        String vm = runningVmInTheAdvancedZone();
        assertSessionPasses(List.of("/usr/bin/python3", "addresses_session.py"),
                Map.of("INSTANCE_ID", Ec2Ids.of(Ec2Ids.Kind.INSTANCE, vm)));
    }

    /** A VM made through CloudStack itself (RunInstances is not this suite's subject); it brings a network. */
    private String runningVmInTheAdvancedZone() {
        String zone = id("listZones", Command.of("listZones").with("name", "Sim-Advanced"), "zone");
        String template = id("listTemplates", Command.of("listTemplates").with("templatefilter", "featured"),
                "template");
        String offering = id("listServiceOfferings", Command.of("listServiceOfferings"), "serviceoffering");
        var job = asUser.submit(Command.of("deployVirtualMachine").with("zoneid", zone).with("templateid", template)
                .with("serviceofferingid", offering).with("name", "eip-target"));
        asUser.await(job, "virtualmachine", Map.class);
        return job.objectId();
    }

    @SuppressWarnings("unchecked")
    private String id(String what, Command command, String itemKey) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) (List<?>) asUser.list(command, itemKey, Map.class);
        assertTrue(!items.isEmpty(), what + " found nothing");
        return (String) items.get(0).get("id");
    }

    private void assertSessionPasses(List<String> command, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("home"));
        Map<String, String> env = new HashMap<>();
        env.put("EC2_URL", running.gateway().endpoint().toString());
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
        env.putAll(extraEnv);
        ClientProcess result = ClientProcess.run(command, work, env);
        System.out.println("== " + String.join(" ", command) + "\n" + result.output());
        assertEquals(0, result.exitCode(), () -> "session failed:\n" + result.output());
        assertTrue(result.output().contains("ok   "), () -> "no step ran:\n" + result.output());
    }
}
