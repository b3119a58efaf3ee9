package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.gateway.TestTranslators;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.ec2gateway.actions.ActionTable;
import dev.ec2gateway.actions.IdIndex;
import dev.ec2gateway.actions.Translators;
import dev.ec2gateway.actions.certificates.CertificateRegistry;
import dev.ec2gateway.actions.instances.ClientTokens;
import dev.ec2gateway.actions.instances.InstanceHistory;
import dev.ec2gateway.actions.instances.InstanceTypeMappingStore;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.auth.Authenticator;
import dev.ec2gateway.gateway.dispatch.ActionDispatcher;
import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.http.FinishedRequest;
import dev.ec2gateway.gateway.http.QueryHandler;
import dev.ec2gateway.gateway.store.Certificates;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The gateway's real front door on a free local port (Query and SOAP routed by {@link SoapOrQuery}),
 * with the real dispatcher, translators and CloudStack client in front of WireMock. Certificates and
 * accounts are kept in maps the test fills.
 */
final class SoapHarness implements BeforeEachCallback, AfterEachCallback {
    static final String ACCESS_KEY = "AKIDSOAPHARNESS";
    static final String SECRET_KEY = "soap-harness-secret";
    static final String CS_API_KEY = "cs-api-key";
    static final String CS_SECRET_KEY = "cs-secret-key";
    static final int MAX_REQUEST_BYTES = 256 * 1024;

    final Map<String, String> certificateOwners = new ConcurrentHashMap<>();
    final Map<String, Account> accounts = new ConcurrentHashMap<>();
    /** The SOAP requests the access log has seen finish. */
    final List<FinishedRequest> finished = new CopyOnWriteArrayList<>();
    /** How often the SOAP endpoint was built: it is built, as in the gateway, on the first SOAP request. */
    final AtomicInteger soapBuilds = new AtomicInteger();
    /** How often the SOAP endpoint asked whose a certificate is. */
    final AtomicInteger ownerLookups = new AtomicInteger();
    WireMockServer cloudStack;
    private CloudStackClient client;
    private Server server;
    private ServerConnector connector;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        cloudStack = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        cloudStack.start();
        URI endpoint = URI.create("http://127.0.0.1:" + cloudStack.port() + "/client/api");
        CloudStackClientSettings defaults = CloudStackClientSettings.defaults(endpoint);
        client = new CloudStackClient(new CloudStackClientSettings(endpoint, defaults.connectTimeout(),
                Duration.ofSeconds(5), 8, 500, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)));
        accounts.put(ACCESS_KEY, new Account(ACCESS_KEY, SECRET_KEY, new CloudStackCredentials(CS_API_KEY, CS_SECRET_KEY)));
        Authenticator authenticator = new Authenticator(key -> Optional.ofNullable(accounts.get(key)),
                Clock.systemUTC(), Duration.ofMinutes(15));
        Translators translators = TestTranslators.create(IdIndex.inMemory(), InstanceHistory.inMemory(),
                ClientTokens.inMemory(), InstanceTypeMappingStore.over(new java.util.HashMap<>()), (a, s, c) -> { },
                new MapRegistry(),
                "", Clock.systemUTC());
        ActionDispatcher dispatcher = new ActionDispatcher(ActionTable.create(translators),
                (caller, observer) -> client.as(caller.cloudStack(),
                        call -> observer.cloudStackCalled(call.command(), call.httpStatus(), call.duration())));
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        QueryHandler query = new QueryHandler("/awsapi", authenticator, dispatcher, MAX_REQUEST_BYTES,
                new AccessLog(Clock.systemUTC()));
        AccessLog soapLog = new AccessLog(Clock.systemUTC(), List.of(finished::add));
        SoapOnFirstUse soap = new SoapOnFirstUse(() -> {
            soapBuilds.incrementAndGet();
            return SoapService.create("/awsapi", MAX_REQUEST_BYTES, dispatcher,
                    fingerprint -> {
                        ownerLookups.incrementAndGet();
                        return Optional.ofNullable(certificateOwners.get(fingerprint));
                    },
                    key -> Optional.ofNullable(accounts.get(key)), soapLog);
        }, soapLog);
        server.setHandler(new SoapOrQuery("/awsapi", query, soap));
        server.start();
    }

    /** Registers the certificate to the harness's user. */
    void register(X509Certificate certificate) {
        certificateOwners.put(Certificates.fingerprint(certificate), ACCESS_KEY);
    }

    /** The test JVM's shared certificate, registered to the harness's user. */
    TestCertificate registeredCertificate() throws Exception {
        TestCertificate certificate = TestCertificate.shared();
        register(certificate.certificate());
        return certificate;
    }

    /** A session in that API version, signed with the registered certificate. */
    SignedSession session(String version) throws Exception {
        return SignedSession.open(endpoint(), version, registeredCertificate());
    }

    /** SetCertificate and DeleteCertificate write to the harness's map, as the store does. */
    private final class MapRegistry implements CertificateRegistry {
        @Override
        public void register(String accessKey, X509Certificate certificate) {
            String owner = certificateOwners.putIfAbsent(Certificates.fingerprint(certificate), accessKey);
            if (owner != null && !owner.equals(accessKey)) {
                throw new IllegalArgumentException("registered to another user");
            }
        }

        @Override
        public int removeAll(String accessKey) {
            int before = certificateOwners.size();
            certificateOwners.values().removeIf(accessKey::equals);
            return before - certificateOwners.size();
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/awsapi");
    }

    void stub(String command, String json) {
        cloudStack.stubFor(WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo(command))
                .willReturn(WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json;charset=utf-8").withBody(json)));
    }

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
