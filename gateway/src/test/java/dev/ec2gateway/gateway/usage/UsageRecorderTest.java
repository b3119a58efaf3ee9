package dev.ec2gateway.gateway.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.gateway.Main;
import dev.ec2gateway.gateway.SignedQuery;
import dev.ec2gateway.gateway.StubCloudStack;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Calls made through a real gateway, then read back with the {@code usage} admin command. */
class UsageRecorderTest {
    private static final String ACCESS_KEY = "AKIDUSAGETEST";
    private static final String SECRET_KEY = "usage-test-secret";

    @TempDir
    Path dataDir;

    private String usage(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        String[] all = new String[args.length + 3];
        all[0] = "usage";
        all[1] = "--data-dir";
        all[2] = dataDir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        assertEquals(0, commandLine.execute(all), out.toString());
        return out.toString();
    }

    @Test
    void theUsageCommandListsEachAccountsCallsPerDayActionAndOutcome() throws Exception {
        try (StubCloudStack cloudStack = new StubCloudStack();
             GatewayApp app = GatewayApp.start(GatewayConfig.of(Map.of(ConfigKey.PORT, "0",
                     ConfigKey.BIND_ADDRESS, "127.0.0.1", ConfigKey.ADMIN_PORT, "", ConfigKey.DATA_DIR,
                     dataDir.toString(), ConfigKey.CLOUDSTACK_URL, cloudStack.url(),
                     ConfigKey.USAGE_FLUSH_SECONDS, "3600")))) {
            app.registerUser(ACCESS_KEY, SECRET_KEY);
            app.registerUser("AKIDSOMEONEELSE", "someone-elses-secret");
            SignedQuery.send(app.endpoint(), "DescribeAvailabilityZones", Map.of(), ACCESS_KEY, SECRET_KEY);
            SignedQuery.send(app.endpoint(), "DescribeAvailabilityZones", Map.of(), ACCESS_KEY, SECRET_KEY);
            SignedQuery.send(app.endpoint(), "DescribeAvailabilityZones", Map.of("DryRun", "true"), ACCESS_KEY,
                    SECRET_KEY);
            SignedQuery.send(app.endpoint(), "NoSuchAction", Map.of(), ACCESS_KEY, SECRET_KEY);
            SignedQuery.send(app.endpoint(), "DescribeAvailabilityZones", Map.of(), ACCESS_KEY, "a-wrong-secret");
            SignedQuery.send(app.endpoint(), "DescribeAvailabilityZones", Map.of(), "AKIDSOMEONEELSE",
                    "someone-elses-secret");
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        List<String> lines = usage("--access-key", ACCESS_KEY, "--since", today).lines()
                .map(line -> line.replaceAll(" +", " ").strip()).toList();

        assertEquals(List.of("DAY ACCESS KEY ACTION OUTCOME CALLS",
                today + " " + ACCESS_KEY + " DescribeAvailabilityZones DryRunOperation 1",
                today + " " + ACCESS_KEY + " DescribeAvailabilityZones ok 2"), lines,
                "an unknown action is refused before the signature is checked, so nobody is charged for it;"
                + " neither is a request with a wrong signature");
        assertTrue(usage().contains("AKIDSOMEONEELSE"), "without --access-key every account is listed");
        assertTrue(usage("--until", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .contains("No calls recorded"));
    }
}
