package dev.ec2gateway.gateway.translators;

import dev.ec2gateway.gateway.TestTranslators;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.ec2gateway.actions.ActionTable;
import dev.ec2gateway.actions.IdIndex;
import dev.ec2gateway.actions.Translators;
import dev.ec2gateway.actions.instances.InstanceTypeMappingStore;
import dev.ec2gateway.actions.instances.ClientTokens;
import dev.ec2gateway.actions.instances.InstanceHistory;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.auth.Authenticator;
import dev.ec2gateway.gateway.dispatch.ActionDispatcher;
import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.http.QueryHandler;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real in-process request path for translator tests: a signed EC2 Query request goes through the
 * Jetty handler (a LocalConnector, no socket), the authenticator, the action table, the translator and
 * the real CloudStack client, which talks to WireMock standing in for CloudStack. Register it with
 * {@code @RegisterExtension}; it starts before and stops after each test.
 */
final class Ec2Harness implements BeforeEachCallback, AfterEachCallback {
    static final String ACCESS_KEY = "AKIDEC2HARNESS";
    static final String SECRET_KEY = "harness-secret";
    static final String CS_API_KEY = "cs-api-key";
    static final String CS_SECRET_KEY = "cs-secret-key";
    static final String REGION = TestTranslators.REGION;

    final List<String[]> registered = new ArrayList<>();
    final IdIndex idIndex = IdIndex.inMemory();
    final InstanceHistory instanceHistory = InstanceHistory.inMemory();
    final ClientTokens clientTokens = ClientTokens.inMemory();
    /** The clock of the translators that stamp times (CreateVolume's createTime, say). */
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-11-24T06:00:00Z"), java.time.ZoneOffset.UTC);
    private String volumeDiskOffering = "";
    /** Instance type → offering, as an admin would map them. */
    final Map<String, String> typeMappings = new java.util.concurrent.ConcurrentHashMap<>();
    WireMockServer cloudStack;
    private CloudStackClient client;
    private Server server;
    private LocalConnector connector;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        cloudStack = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        cloudStack.start();
        URI endpoint = URI.create("http://127.0.0.1:" + cloudStack.port() + "/client/api");
        CloudStackClientSettings defaults = CloudStackClientSettings.defaults(endpoint);
        client = new CloudStackClient(new CloudStackClientSettings(endpoint, defaults.connectTimeout(),
                Duration.ofSeconds(5), 8, 500, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)));
        Account account = new Account(ACCESS_KEY, SECRET_KEY, new CloudStackCredentials(CS_API_KEY, CS_SECRET_KEY));
        Authenticator authenticator = new Authenticator(
                key -> key.equals(ACCESS_KEY) ? Optional.of(account) : Optional.empty(),
                Clock.systemUTC(), Duration.ofMinutes(15));
        Translators translators = TestTranslators.create(idIndex, instanceHistory, clientTokens,
                InstanceTypeMappingStore.over(typeMappings),
                (accessKey, secretKey, cs) -> registered.add(new String[] {accessKey, secretKey}), volumeDiskOffering,
                CLOCK);
        ActionDispatcher dispatcher = new ActionDispatcher(ActionTable.create(translators),
                (caller, observer) -> client.as(caller.cloudStack()));
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        server.setHandler(new QueryHandler("/awsapi", authenticator, dispatcher, 1 << 20, new AccessLog(Clock.systemUTC())));
        server.start();
    }

    /** Uses this disk offering for new volumes (setting volume.disk.offering) instead of the default rule. */
    Ec2Harness volumeDiskOffering(String name) {
        this.volumeDiskOffering = name;
        return this;
    }

    /** Sends the action, signed as the harness's user, and returns the gateway's answer. */
    Ec2Answer execute(String action, Map<String, String> params) throws Exception {
        return send(TestSigner.signedPost(action, params, ACCESS_KEY, SECRET_KEY));
    }

    /** Sends a raw HTTP request, as written. */
    Ec2Answer send(String rawRequest) throws Exception {
        return Ec2Answer.parse(connector.getResponse(rawRequest));
    }

    /** Answers a CloudStack command with this JSON body (HTTP 200 unless given). */
    void stub(String command, String json) {
        stub(command, 200, json);
    }

    void stub(String command, int status, String json) {
        cloudStack.stubFor(commandRequest(command).willReturn(WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody(json)));
    }

    static MappingBuilder commandRequest(String command) {
        return WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo(command));
    }

    /** The pattern of a call of this command, signed with the caller's own CloudStack key. */
    static RequestPatternBuilder called(String command) {
        return WireMock.getRequestedFor(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo(command))
                .withQueryParam("apiKey", WireMock.equalTo(CS_API_KEY));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        server.stop();
        client.close();
        cloudStack.stop();
    }
}
