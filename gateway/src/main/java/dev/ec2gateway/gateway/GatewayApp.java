package dev.ec2gateway.gateway;

import dev.ec2gateway.actions.certificates.CertificateTranslator;
import dev.ec2gateway.actions.ActionTable;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Translators;
import dev.ec2gateway.actions.addresses.AddressTranslator;
import dev.ec2gateway.actions.images.ImageTranslator;
import dev.ec2gateway.actions.instances.InstanceAttributeTranslator;
import dev.ec2gateway.actions.instances.InstanceSettings;
import dev.ec2gateway.actions.instances.InstanceTranslator;
import dev.ec2gateway.actions.instances.InstanceTypeTranslator;
import dev.ec2gateway.actions.instances.OfferMappingTranslator;
import dev.ec2gateway.actions.keypairs.KeyPairTranslator;
import dev.ec2gateway.actions.regions.RegionTranslator;
import dev.ec2gateway.actions.securitygroups.SecurityGroupTranslator;
import dev.ec2gateway.actions.snapshots.SnapshotTranslator;
import dev.ec2gateway.actions.tags.TagTranslator;
import dev.ec2gateway.actions.volumes.VolumeTranslator;
import dev.ec2gateway.actions.users.UserKeysTranslator;
import dev.ec2gateway.actions.zones.AvailabilityZoneTranslator;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.admin.AdminServer;
import dev.ec2gateway.gateway.admin.GatewayMetrics;
import dev.ec2gateway.gateway.admin.HealthCheck;
import dev.ec2gateway.gateway.auth.AccountLookup;
import dev.ec2gateway.gateway.auth.Authenticator;
import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.dispatch.ActionDispatcher;
import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.http.GatewayServer;
import dev.ec2gateway.gateway.http.QueryHandler;
import dev.ec2gateway.gateway.http.RequestListener;
import dev.ec2gateway.gateway.http.SwitchedOffHandler;
import dev.ec2gateway.gateway.http.TlsListener;
import dev.ec2gateway.gateway.soap.StoreCertificateRegistry;
import dev.ec2gateway.gateway.soap.SoapOnFirstUse;
import dev.ec2gateway.gateway.soap.SoapOrQuery;
import dev.ec2gateway.gateway.soap.SoapService;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.CloudStackKeyLookup;
import dev.ec2gateway.gateway.usage.UsageRecorder;
import dev.ec2gateway.wsdl.Ec2Actions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole gateway from its configuration, in one place, and runs it. */
public final class GatewayApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayApp.class);

    private final GatewayConfig config;
    private final AccountStore store;
    private final CloudStackClient cloudStackClient;
    private final GatewayServer server;
    private final UsageRecorder usage;
    private AdminServer admin;
    private HealthCheck health;

    private GatewayApp(GatewayConfig config, AccountStore store, CloudStackClient client, GatewayServer server,
                       UsageRecorder usage) {
        this.usage = usage;
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
        UsageRecorder usage = null;
        try {
            AccountLookup accounts = CloudStackKeyLookup.forConfig(config, store, (c, credentials) -> client.as(credentials));
            Authenticator authenticator = new Authenticator(accounts, clock,
                    Duration.ofMinutes(config.integer(ConfigKey.SIGNATURE_SKEW_MINUTES)));
            ResourceIds ids = new ResourceIds(store.idIndex());
            InstanceTranslator instances = new InstanceTranslator(ids, store.instanceHistory(), store.clientTokens(),
                    store.instanceTypeMappings(),
                    new InstanceSettings(Duration.ofMinutes(config.integer(ConfigKey.TERMINATED_VISIBLE_MINUTES)),
                            config.get(ConfigKey.DEFAULT_ZONE), config.integer(ConfigKey.CLOUDSTACK_PAGE_SIZE)), clock);
            Translators translators = new Translators(
                    new AvailabilityZoneTranslator(config.get(ConfigKey.REGION_NAME)),
                    new RegionTranslator(config.get(ConfigKey.REGION_NAME), config.publicUrl()),
                    new KeyPairTranslator(store.keyPairMemory()),
                    new UserKeysTranslator(store),
                    instances,
                    new ImageTranslator(ids),
                    new SecurityGroupTranslator(ids),
                    new AddressTranslator(ids),
                    new TagTranslator(ids),
                    new VolumeTranslator(ids, config.get(ConfigKey.VOLUME_DISK_OFFERING), store.volumeTokens(), clock),
                    new SnapshotTranslator(ids, clock),
                    new InstanceTypeTranslator(store.instanceTypeMappings()),
                    new InstanceAttributeTranslator(instances, ids, clock),
                    new CertificateTranslator(new StoreCertificateRegistry(store.certificates())),
                    new OfferMappingTranslator(store.instanceTypeMappings()));
            ActionTable table = ActionTable.create(translators);
            Predicate<String> knownAction = a -> Ec2Actions.isKnown(a) || table.find(a).isPresent();
            GatewayMetrics metrics = new GatewayMetrics(knownAction);
            List<RequestListener> listeners = new ArrayList<>(List.of(metrics));
            if (config.flag(ConfigKey.USAGE_ENABLED)) {
                usage = new UsageRecorder(store.usage(), knownAction, config.seconds(ConfigKey.USAGE_FLUSH_SECONDS));
                listeners.add(usage);
            }
            ActionDispatcher dispatcher = new ActionDispatcher(table,
                    (caller, observer) -> metrics.observe(client.as(caller.cloudStack(), call -> {
                        observer.cloudStackCalled(call.command(), call.httpStatus(), call.duration());
                        metrics.cloudStackCalled(call);
                    })));
            AccessLog accessLog = new AccessLog(clock, listeners);
            QueryHandler query = new QueryHandler(config.get(ConfigKey.CONTEXT_PATH), authenticator, dispatcher,
                    config.integer(ConfigKey.MAX_REQUEST_BYTES), accessLog);
            SoapOnFirstUse soap = new SoapOnFirstUse(() -> SoapService.create(config.get(ConfigKey.CONTEXT_PATH),
                    config.integer(ConfigKey.MAX_REQUEST_BYTES), dispatcher, store.certificates(), accounts, accessLog),
                    accessLog);
            GatewayServer server;
            try {
                server = new GatewayServer(config.get(ConfigKey.BIND_ADDRESS), httpPort(config), tlsListener(config),
                        config.flag(ConfigKey.ENABLE_EC2_API)
                                ? new SoapOrQuery(config.get(ConfigKey.CONTEXT_PATH), query, soap)
                                : new SwitchedOffHandler());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            }
            server.start();
            GatewayApp app = new GatewayApp(config, store, client, server, usage);
            app.startAdmin(metrics);
            app.announce();
            return app;
        } catch (Exception | Error e) {
            if (usage != null) {
                usage.close();
            }
            client.close();
            store.close();
            throw e;
        }
    }

    /** Starts /metrics and /health on admin.port, unless it is empty; stops the gateway when it cannot. */
    private void startAdmin(GatewayMetrics metrics) throws Exception {
        if (!config.isSet(ConfigKey.ADMIN_PORT)) {
            return;
        }
        health = new HealthCheck(URI.create(config.get(ConfigKey.CLOUDSTACK_URL)), store::ping, Duration.ofSeconds(5));
        admin = new AdminServer(config.get(ConfigKey.BIND_ADDRESS), config.integer(ConfigKey.ADMIN_PORT), metrics,
                health);
        try {
            admin.start();
        } catch (Exception e) {
            health.close();
            server.close();
            throw e;
        }
    }

    private static OptionalInt httpPort(GatewayConfig config) {
        if (!config.flag(ConfigKey.HTTP_ENABLED)) {
            if (!config.isSet(ConfigKey.HTTPS_PORT)) {
                throw new ConfigException("http.enabled=false needs https.port: the gateway would listen on nothing");
            }
            return OptionalInt.empty();
        }
        return OptionalInt.of(config.integer(ConfigKey.PORT));
    }

    private static Optional<TlsListener> tlsListener(GatewayConfig config) {
        if (!config.isSet(ConfigKey.HTTPS_PORT)) {
            return Optional.empty();
        }
        if (!config.isSet(ConfigKey.HTTPS_KEYSTORE_PATH)) {
            throw new ConfigException("https.port is set but https.keystore.path is not: HTTPS needs a keystore");
        }
        TlsListener tls = new TlsListener(config.integer(ConfigKey.HTTPS_PORT), config.path(ConfigKey.HTTPS_KEYSTORE_PATH),
                config.get(ConfigKey.HTTPS_KEYSTORE_PASSWORD), config.get(ConfigKey.HTTPS_KEYSTORE_TYPE).strip(),
                config.get(ConfigKey.HTTPS_KEY_ALIAS).strip());
        return Optional.of(tls);
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
        String host = config.get(ConfigKey.BIND_ADDRESS);
        if (port() >= 0) {
            System.out.println("EC2 gateway listening on http://" + host + ":" + port() + context + " (and on /)");
        }
        if (httpsPort() >= 0) {
            System.out.println("EC2 gateway listening on https://" + host + ":" + httpsPort() + context + " (and on /)");
        }
        if (adminPort() >= 0) {
            System.out.println("Metrics on http://" + host + ":" + adminPort() + "/metrics, health on /health");
        }
        System.out.println("CloudStack expected at " + config.get(ConfigKey.CLOUDSTACK_URL)
                + (config.isSet(ConfigKey.CLOUDSTACK_ADMIN_API_KEY) ? " (unregistered users looked up with admin keys)"
                : ""));
        System.out.println("Account store: " + (config.isSet(ConfigKey.DB_URL) ? "database " + redact(
                config.get(ConfigKey.DB_URL)) : "embedded, in " + config.path(ConfigKey.DATA_DIR).toAbsolutePath()));
        if (!config.flag(ConfigKey.ENABLE_EC2_API)) {
            System.out.println("The EC2 API is switched off (enable.ec2.api=false): every request answers Unavailable.");
        }
        System.out.println("Region: " + config.get(ConfigKey.REGION_NAME) + ", endpoint " + config.publicUrl());
        LOG.info("gateway started (HTTP port {}, HTTPS port {})", port(), httpsPort());
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Registers a user whose EC2 keys are its CloudStack keys (the demo's user). */
    public void registerUser(String apiKey, String secretKey) {
        store.register(apiKey, secretKey, new CloudStackCredentials(apiKey, secretKey));
    }

    /** The HTTP port actually bound; -1 when HTTP is off. */
    public int port() {
        return server.port();
    }

    /** The port of /metrics and /health actually bound; -1 when the admin listener is off. */
    public int adminPort() {
        return admin == null ? -1 : admin.port();
    }

    /** The HTTPS port actually bound; -1 when HTTPS is off. */
    public int httpsPort() {
        return server.httpsPort();
    }

    /** The EC2 endpoint on HTTPS, with the port actually bound. */
    public URI httpsEndpoint() {
        return URI.create("https://localhost:" + httpsPort() + config.get(ConfigKey.CONTEXT_PATH));
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
        if (admin != null) {
            try {
                admin.close();
            } catch (Exception e) {
                LOG.warn("stopping the admin listener: {}", e.getMessage());
            }
            health.close();
        }
        if (usage != null) {
            usage.close();
        }
        cloudStackClient.close();
        store.close();
    }
}
