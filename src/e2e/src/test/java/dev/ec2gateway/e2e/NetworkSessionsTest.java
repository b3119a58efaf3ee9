package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids;
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
 * Security groups and elastic IPs through the real clients, with a second account that must see none
 * of the first account's groups or addresses and gets NotFound errors acting on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkSessionsTest {
    @TempDir
    static Path work;

    private RunningGateway running;
    private ClientSessions sessions;
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
        running.register(user, other);
        sessions = new ClientSessions(running, work);
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
        sessions.assertPasses(user, command, extraEnv);
    }
}
