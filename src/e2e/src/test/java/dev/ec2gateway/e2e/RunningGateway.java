package dev.ec2gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.gateway.Main;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.standin.CloudStackStandIn;
import dev.ec2gateway.standin.StandInSettings;
import dev.ec2gateway.standin.StandInUser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The CloudStack stand-in and the real gateway in front of it, both on free loopback ports. */
record RunningGateway(CloudStackStandIn standIn, GatewayApp gateway, Path dataDir) implements AutoCloseable {
    static final String REGION = "cloudstack";

    static RunningGateway start(Path dataDir) throws Exception {
        return start(dataDir, standIn -> Map.of());
    }

    /** Starts both; {@code settings} may depend on the stand-in (its admin keys, say). */
    static RunningGateway start(Path dataDir, Function<CloudStackStandIn, Map<ConfigKey, String>> settings)
            throws Exception {
        CloudStackStandIn standIn = CloudStackStandIn.start(
                StandInSettings.defaults().withPort(0).withStateDelay(Duration.ofMillis(200)));
        Map<ConfigKey, String> all = new EnumMap<>(ConfigKey.class);
        all.put(ConfigKey.PORT, "0");
        all.put(ConfigKey.ADMIN_PORT, "0");
        all.put(ConfigKey.BIND_ADDRESS, "127.0.0.1");
        all.put(ConfigKey.DATA_DIR, dataDir.toString());
        all.put(ConfigKey.CLOUDSTACK_URL, standIn.apiUrl().toString());
        all.put(ConfigKey.REGION_NAME, REGION);
        all.putAll(settings.apply(standIn));
        try {
            return new RunningGateway(standIn, GatewayApp.start(GatewayConfig.of(all)), dataDir);
        } catch (Exception e) {
            standIn.close();
            throw e;
        }
    }

    /** Registers users with the admin command ({@code ec2-gateway users add}), as an operator would. */
    void register(StandInUser... users) {
        for (StandInUser user : users) {
            int exit = Main.commandLine().execute("--data-dir", dataDir.toString(),
                    "--cloudstack-url", standIn.apiUrl().toString(),
                    "users", "add", "--access-key", user.apiKey(), "--secret-key", user.secretKey());
            if (exit != 0) {
                throw new IllegalStateException("'ec2-gateway users add' failed for " + user.account() + ": exit " + exit);
            }
        }
    }

    /** The EC2 id of the stand-in's one featured template, as the user lists it in CloudStack. */
    String featuredImageId(StandInUser user) {
        try (CloudStackClient client = new CloudStackClient(CloudStackClientSettings.defaults(standIn.apiUrl()))) {
            List<JsonNode> templates = client.as(new CloudStackCredentials(user.apiKey(), user.secretKey()))
                    .list(Command.of("listTemplates").with("templatefilter", "featured"), "template", JsonNode.class);
            return Ec2Ids.of(Ec2Ids.Kind.IMAGE, templates.get(0).get("id").asText());
        }
    }

    /**
     * RunInstances in an advanced zone needs a network, and the gateway has no CreateSubnet: the network is
     * made through CloudStack itself, with the user's keys.
     */
    void isolatedNetworkInTheAdvancedZone(StandInUser user) {
        try (CloudStackClient client = new CloudStackClient(CloudStackClientSettings.defaults(standIn.apiUrl()))) {
            CloudStack cloudStack = client.as(new CloudStackCredentials(user.apiKey(), user.secretKey()));
            String zone = cloudStack.list(Command.of("listZones").with("name", "Sim-Advanced"), "zone", JsonNode.class)
                    .get(0).get("id").asText();
            String offering = cloudStack.list(Command.of("listNetworkOfferings")
                    .with("name", "DefaultIsolatedNetworkOfferingWithSourceNatService"), "networkoffering",
                    JsonNode.class).get(0).get("id").asText();
            cloudStack.get(Command.of("createNetwork").with("zoneid", zone).with("networkofferingid", offering)
                    .with("name", "e2e-net").with("displaytext", "e2e-net"), "network", JsonNode.class);
        }
    }

    @Override
    public void close() {
        gateway.close();
        standIn.close();
    }
}
