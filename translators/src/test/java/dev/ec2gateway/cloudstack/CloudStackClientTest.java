package dev.ec2gateway.cloudstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloudStackClientTest {
    private static final String API = "/client/api";
    private static final CloudStackCredentials ALICE = new CloudStackCredentials("keyOfAlice", "secretOfAlice");
    private static final CloudStackCredentials BOB = new CloudStackCredentials("keyOfBob", "secretOfBob");
    // listZones signed with each caller's secret, computed outside Java from the signing rules.
    private static final String ALICE_LIST_ZONES =
            API + "?apiKey=keyOfAlice&command=listZones&response=json&signature=X0Pn%2B42YaV999TH9R8KaWpVnJDI%3D";
    private static final String BOB_LIST_ZONES =
            API + "?apiKey=keyOfBob&command=listZones&response=json&signature=OQX1eozfQgGat%2FsFI%2FebW7WN8%2FQ%3D";
    private static final String AUTH_FAILURE = """
            {"listzonesresponse": {"uuidList": [], "errorcode": 401,
             "errortext": "unable to verify user credentials and/or request signature"}}
            """;

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private CloudStackClient client;

    record Zone(String id, String name, String networktype) {
    }

    record Zones(int count, List<Zone> zone) {
    }

    record User(String username, String account) {
    }

    record Users(int count, List<User> user) {
    }

    @BeforeEach
    void start() {
        server.start();
        // Anything not signed exactly as a stub expects is refused, as CloudStack would.
        server.stubFor(get(urlPathEqualTo(API)).atPriority(10).willReturn(json(401, AUTH_FAILURE)));
        client = new CloudStackClient(settings(server.port(), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    static CloudStackClientSettings settings(int port, Duration responseTimeout) {
        return settings(URI.create("http://127.0.0.1:" + port + API), responseTimeout);
    }

    static CloudStackClientSettings settings(URI endpoint, Duration responseTimeout) {
        return new CloudStackClientSettings(endpoint, Duration.ofSeconds(2), responseTimeout, 8, 500,
                Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8").withBody(body);
    }

    @Test
    void sendsTheDocumentedExampleWithItsDocumentedSignature() {
        server.stubFor(get(urlEqualTo(API + "?apiKey=" + QuerySignerTest.DOC_API_KEY
                + "&command=listUsers&response=json&signature=TTpdDq%2F7j%2FJ58XCRHomKoQXEQds%3D"))
                .willReturn(json(200, """
                        {"listusersresponse": {"count": 1, "user": [{"id": "fc9ecd1a", "username": "admin",
                         "account": "admin", "accounttype": 1, "state": "enabled"}]}}
                        """)));
        CloudStack cloudStack = client.as(
                new CloudStackCredentials(QuerySignerTest.DOC_API_KEY, QuerySignerTest.DOC_SECRET_KEY));

        Users users = cloudStack.read(Command.of("listUsers"), Users.class);

        assertEquals(new Users(1, List.of(new User("admin", "admin"))), users);
    }

    @Test
    void sendsValuesWithSpacesPlusStarSlashAndUnicodeSignedOverTheirLowerCasedEncoding() {
        server.stubFor(get(urlEqualTo(API + "?" + QuerySignerTest.TAG_QUERY)).willReturn(json(200, """
                {"createtagsresponse": {"jobid": "0e580e14-2e45-4565-ad8a-eafae9049bd1"}}
                """)));

        AsyncJob job = client.as(QuerySignerTest.TAG_KEYS).submit(QuerySignerTest.TAG_COMMAND);

        assertEquals(new AsyncJob("createTags", "0e580e14-2e45-4565-ad8a-eafae9049bd1", null), job);
        server.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("tags[0].value", equalTo("Web server 1+2 * /café ☃")));
    }

    @Test
    void readsAParameterErrorIntoTheExceptionsFields() {
        server.stubFor(get(urlPathEqualTo(API)).withQueryParam("command", equalTo("createSSHKeyPair"))
                .willReturn(json(431, """
                        {"createsshkeypairresponse": {"uuidList": [], "errorcode": 431, "cserrorcode": 4350,
                         "errortext": "A key pair with name 'k1' already exists for account ec2user in specified domain id"}}
                        """)));

        CloudStackException e = assertThrows(CloudStackException.class,
                () -> client.as(ALICE).get(Command.of("createSSHKeyPair").with("name", "k1"), "keypair", User.class));

        assertEquals("createSSHKeyPair", e.command());
        assertEquals(431, e.errorCode());
        assertEquals(4350, e.csErrorCode());
        assertEquals("A key pair with name 'k1' already exists for account ec2user in specified domain id", e.errorText());
        assertFalse(e.fromJob());
    }

    @Test
    void readsAnAuthenticationFailureAs401WithoutCsErrorCode() {
        CloudStackException e = assertThrows(CloudStackException.class,
                () -> client.as(new CloudStackCredentials("keyOfAlice", "wrongSecret")).read(Command.of("listZones"), Zones.class));

        assertEquals(401, e.errorCode());
        assertEquals(0, e.csErrorCode());
        assertEquals("unable to verify user credentials and/or request signature", e.errorText());
    }

    @Test
    void readsTheErrorResponseEnvelopeOfACommandTheRoleMayNotCall() {
        server.stubFor(get(urlPathEqualTo(API)).withQueryParam("command", equalTo("listHosts")).willReturn(json(432, """
                {"errorresponse": {"uuidList": [], "errorcode": 432, "cserrorcode": 9999,
                 "errortext": "The API [listHosts] does not exist or is not available for the account for user id [4b92a026]."}}
                """)));

        CloudStackException e = assertThrows(CloudStackException.class,
                () -> client.as(ALICE).read(Command.of("listHosts"), Zones.class));

        assertEquals(432, e.errorCode());
        assertEquals(9999, e.csErrorCode());
    }

    @Test
    void takesAnHtmlBadGatewayForUnavailability() {
        server.stubFor(get(urlPathEqualTo(API)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

        CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                () -> client.as(ALICE).read(Command.of("listZones"), Zones.class));

        assertTrue(e.getMessage().contains("502"), e.getMessage());
    }

    @Test
    void takesARefusedConnectionForUnavailabilityAndReportsStatusZero() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        List<CloudStackCall> calls = new CopyOnWriteArrayList<>();
        try (CloudStackClient refused = new CloudStackClient(settings(closedPort, Duration.ofSeconds(5)))) {
            CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                    () -> refused.as(ALICE, calls::add).read(Command.of("listZones"), Zones.class));

            assertNoSecretIn(e);
        }
        assertEquals(1, calls.size());
        assertEquals("listZones", calls.get(0).command());
        assertEquals(0, calls.get(0).httpStatus());
    }

    @Test
    void givesUpOnAnAnswerSlowerThanTheResponseTimeout() {
        server.stubFor(get(urlEqualTo(ALICE_LIST_ZONES)).willReturn(json(200, zones("Slow")).withFixedDelay(3_000)));

        try (CloudStackClient impatient = new CloudStackClient(settings(server.port(), Duration.ofMillis(300)))) {
            CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                    () -> impatient.as(ALICE).read(Command.of("listZones"), Zones.class));

            assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
            assertNoSecretIn(e);
        }
    }

    @Test
    void neverSendsACommandTwiceWhenTheConnectionBreaks() {
        server.stubFor(get(urlPathEqualTo(API)).withQueryParam("command", equalTo("deployVirtualMachine"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThrows(CloudStackUnavailableException.class,
                () -> client.as(ALICE).read(Command.of("deployVirtualMachine").with("zoneid", "z-1"), Zones.class));

        server.verify(1, getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void followsNoRedirectAndSaysWhoAsks() {
        server.stubFor(get(urlEqualTo(ALICE_LIST_ZONES)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + server.port() + "/elsewhere")));

        CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                () -> client.as(ALICE).read(Command.of("listZones"), Zones.class));

        assertTrue(e.getMessage().contains("302"), e.getMessage());
        server.verify(0, getRequestedFor(urlPathEqualTo("/elsewhere")));
        server.verify(getRequestedFor(urlEqualTo(ALICE_LIST_ZONES)).withHeader("User-Agent", equalTo("ec2-gateway")));
    }

    @Test
    void speaksTlsToAnHttpsEndpointAndRefusesACertificateTheJvmDoesNotTrust() {
        WireMockServer tls = new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort());
        tls.start();
        try (CloudStackClient overTls = new CloudStackClient(
                settings(URI.create("https://127.0.0.1:" + tls.httpsPort() + API), Duration.ofSeconds(5)))) {
            CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                    () -> overTls.as(ALICE).read(Command.of("listZones"), Zones.class));

            assertTrue(e.getMessage().contains("SSLHandshakeException"), e.getMessage());
            tls.verify(0, getRequestedFor(urlPathEqualTo(API)));
        } finally {
            tls.stop();
        }
    }

    @Test
    void reportsEachHttpCallOnceToTheCallersObserver() {
        server.stubFor(get(urlEqualTo(ALICE_LIST_ZONES)).willReturn(json(200, zones("Sim-Basic"))));
        List<CloudStackCall> aliceCalls = new CopyOnWriteArrayList<>();
        List<CloudStackCall> bobCalls = new CopyOnWriteArrayList<>();
        CloudStack alice = client.as(ALICE, aliceCalls::add);
        CloudStack bob = client.as(new CloudStackCredentials("keyOfBob", "wrongSecret"), bobCalls::add);

        alice.read(Command.of("listZones"), Zones.class);
        alice.read(Command.of("listZones"), Zones.class);
        assertThrows(CloudStackException.class, () -> bob.read(Command.of("listZones"), Zones.class));

        assertEquals(List.of("listZones/200", "listZones/200"), summary(aliceCalls));
        assertEquals(List.of("listZones/401"), summary(bobCalls));
    }

    @Test
    void signsConcurrentCallsOfTwoCallersEachWithTheirOwnSecret() throws Exception {
        server.stubFor(get(urlEqualTo(ALICE_LIST_ZONES)).willReturn(json(200, zones("zone-of-alice"))));
        server.stubFor(get(urlEqualTo(BOB_LIST_ZONES)).willReturn(json(200, zones("zone-of-bob"))));
        CloudStack alice = client.as(ALICE);
        CloudStack bob = client.as(BOB);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                CloudStack caller = i % 2 == 0 ? alice : bob;
                Callable<String> call = () -> {
                    go.await();
                    return caller.read(Command.of("listZones"), Zones.class).zone().get(0).name();
                };
                answers.add(threads.submit(call));
            }
            go.countDown();
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i % 2 == 0 ? "zone-of-alice" : "zone-of-bob", answers.get(i).get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String zones(String name) {
        return """
                {"listzonesresponse": {"count": 1, "zone": [{"id": "0ba8ba7d-5d0e-4b3a-a6a6-3dd2e4a0d2a1",
                 "name": "%s", "networktype": "Basic", "securitygroupsenabled": true, "allocationstate": "Enabled"}]}}
                """.formatted(name);
    }

    private static List<String> summary(List<CloudStackCall> calls) {
        return calls.stream().map(c -> c.command() + "/" + c.httpStatus()).toList();
    }

    private static void assertNoSecretIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertFalse(message.contains("signature"), message);
            assertFalse(message.contains(ALICE.secretKey()), message);
        }
    }
}
