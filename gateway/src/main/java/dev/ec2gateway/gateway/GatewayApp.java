package dev.ec2gateway.gateway;

import dev.ec2gateway.actions.ActionTable;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Translators;
import dev.ec2gateway.actions.instances.InstanceAttributeTranslator;
import dev.ec2gateway.actions.instances.InstanceSettings;
import dev.ec2gateway.actions.instances.InstanceTranslator;
import dev.ec2gateway.actions.instances.InstanceTypeTranslator;
import dev.ec2gateway.actions.keypairs.KeyPairTranslator;
import dev.ec2gateway.actions.regions.RegionTranslator;
import dev.ec2gateway.actions.users.UserKeysTranslator;
import dev.ec2gateway.actions.zones.AvailabilityZoneTranslator;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.auth.AccountLookup;
import dev.ec2gateway.gateway.auth.Authenticator;
import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.dispatch.ActionDispatcher;
import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.http.GatewayServer;
import dev.ec2gateway.gateway.http.QueryHandler;
import dev.ec2gateway.gateway.http.SwitchedOffHandler;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.CloudStackKeyLookup;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole gateway from its configuration, in one place, and runs it. */
public final class GatewayApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayApp.class);

    private final GatewayConfig config;
    private final AccountStore store;
    private final CloudStackClient cloudStackClient;
    private final GatewayServer server;

    private GatewayApp(GatewayConfig config, AccountStore store, CloudStackClient client, GatewayServer server) {
        this.config = config;
        this.store = store;
        this.cloudStackClient = client;
        this.server = server;
    }

    /** Opens the account store, connects the CloudStack client and starts listening. */
    public static GatewayApp start(GatewayConfig config) throws Exception {
        if (config.flag(ConfigKey.ENABLE_S3_API)) {
            throw new ConfigException("enable.s3.api=true: this gateway serves the EC2 API only, not S3.");
        }
        Clock clock = Clock.systemUTC();
        AccountStore store = AccountStore.open(config);
        CloudStackClient client = new CloudStackClient(cloudStackSettings(config));
        try {
            AccountLookup accounts = CloudStackKeyLookup.forConfig(config, store, (c, credentials) -> client.as(credentials));
            Authenticator authenticator = new Authenticator(accounts, clock,
                    Duration.ofMinutes(config.integer(ConfigKey.SIGNATURE_SKEW_MINUTES)));
            ResourceIds ids = new ResourceIds(store.idIndex());
            InstanceTranslator instances = new InstanceTranslator(ids, store.instanceHistory(), store.clientTokens(),
                    store.instanceTypeMappings(),
                    new InstanceSettings(Duration.ofMinutes(config.integer(ConfigKey.TERMINATED_VISIBLE_MINUTES)),
                            config.get(ConfigKey.DEFAULT_ZONE)), clock);
            Translators translators = new Translators(
                    new AvailabilityZoneTranslator(config.get(ConfigKey.REGION_NAME)),
                    new RegionTranslator(config.get(ConfigKey.REGION_NAME), config.publicUrl()),
                    new KeyPairTranslator(),
                    new UserKeysTranslator(store),
                    instances, new InstanceTypeTranslator(store.instanceTypeMappings()),
                    new InstanceAttributeTranslator(instances, ids, clock));
            ActionDispatcher dispatcher = new ActionDispatcher(ActionTable.create(translators),
                    (caller, observer) -> client.as(caller.cloudStack(),
                            call -> observer.cloudStackCalled(call.command(), call.httpStatus(), call.duration())));
            QueryHandler query = new QueryHandler(config.get(ConfigKey.CONTEXT_PATH), authenticator, dispatcher,
                    config.integer(ConfigKey.MAX_REQUEST_BYTES), new AccessLog(clock));
            GatewayServer server = new GatewayServer(config.get(ConfigKey.BIND_ADDRESS),
                    config.integer(ConfigKey.PORT), config.flag(ConfigKey.ENABLE_EC2_API) ? query : new SwitchedOffHandler());
            server.start();
            GatewayApp app = new GatewayApp(config, store, client, server);
            app.announce();
            return app;
        } catch (Exception | Error e) {
            client.close();
            store.close();
            throw e;
        }
    }

    private static CloudStackClientSettings cloudStackSettings(GatewayConfig config) {
        CloudStackClientSettings defaults = CloudStackClientSettings.defaults(
                URI.create(config.get(ConfigKey.CLOUDSTACK_URL)));
        return new CloudStackClientSettings(defaults.endpoint(), defaults.connectTimeout(),
                config.seconds(ConfigKey.CLOUDSTACK_TIMEOUT_SECONDS), defaults.maxConnections(),
                config.integer(ConfigKey.CLOUDSTACK_PAGE_SIZE), defaults.jobPollInitial(), defaults.jobPollMax(),
                config.seconds(ConfigKey.CLOUDSTACK_JOB_WAIT_SECONDS));
    }

    private void announce() {
        String context = config.get(ConfigKey.CONTEXT_PATH);
        System.out.println("EC2 gateway listening on http://" + config.get(ConfigKey.BIND_ADDRESS) + ":" + port()
                + context + " (and on /)");
        System.out.println("CloudStack expected at " + config.get(ConfigKey.CLOUDSTACK_URL)
                + (config.isSet(ConfigKey.CLOUDSTACK_ADMIN_API_KEY) ? " (unregistered users looked up with admin keys)"
                : ""));
        System.out.println("Account store: " + (config.isSet(ConfigKey.DB_URL) ? "database " + redact(
                config.get(ConfigKey.DB_URL)) : "embedded, in " + config.path(ConfigKey.DATA_DIR).toAbsolutePath()));
        if (!config.flag(ConfigKey.ENABLE_EC2_API)) {
            System.out.println("The EC2 API is switched off (enable.ec2.api=false): every request answers Unavailable.");
        }
        System.out.println("Region: " + config.get(ConfigKey.REGION_NAME) + ", endpoint " + config.publicUrl());
        LOG.info("gateway started on port {}", port());
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Registers a user whose EC2 keys are its CloudStack keys (the demo's user). */
    public void registerUser(String apiKey, String secretKey) {
        store.register(apiKey, secretKey, new CloudStackCredentials(apiKey, secretKey));
    }

    public int port() {
        return server.port();
    }

    /** The EC2 endpoint clients use, with the port actually bound. */
    public URI endpoint() {
        return server.uri(config.get(ConfigKey.CONTEXT_PATH));
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            LOG.warn("stopping the server: {}", e.getMessage());
        }
        cloudStackClient.close();
        store.close();
    }
}
