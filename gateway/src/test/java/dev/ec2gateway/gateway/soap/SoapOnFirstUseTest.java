package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.SignedQuery;
import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.http.FinishedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** The SOAP front end is built on the first SOAP request, once, and a failure to build answers at once. */
class SoapOnFirstUseTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final AtomicInteger builds = new AtomicInteger();
    private final List<FinishedRequest> finished = new CopyOnWriteArrayList<>();
    private final List<Handler> built = new CopyOnWriteArrayList<>();
    private Server server;
    private URI endpoint;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void queryRequestsLeaveTheSoapEndpointUnbuilt() throws Exception {
        SoapOnFirstUse soap = start(this::answeringSoap);

        assertEquals(200, query().statusCode());
        assertEquals(200, get("?wsdl").statusCode());

        assertFalse(soap.isBuilt());
        assertEquals(0, builds.get());
    }

    @Test
    void concurrentFirstSoapRequestsBuildTheEndpointOnce() throws Exception {
        SoapOnFirstUse soap = start(this::answeringSoap);
        int clients = 8;
        CyclicBarrier together = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return soapCall();
                }));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals("soap answered", answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }

        assertTrue(soap.isBuilt());
        assertEquals(1, builds.get());
    }

    @Test
    void aFailedBuildAnswersAnEc2SoapFaultAndTheNextSoapRequestBuildsAgain() throws Exception {
        start(() -> {
            if (builds.get() == 0) {
                builds.incrementAndGet();
                throw new IllegalStateException("CXF cannot start");
            }
            return answeringSoap();
        });

        HttpResponse<String> failed = soapCall();

        assertEquals(500, failed.statusCode());
        assertTrue(failed.body().contains(":Fault>"), failed.body());
        assertTrue(failed.body().contains(">ec2:Unavailable</faultcode>"), failed.body());
        assertFalse(failed.body().contains("CXF cannot start"), "no internals in the answer: " + failed.body());
        assertEquals(1, finished.size());
        assertEquals("Unavailable", finished.get(0).errorCode());
        assertEquals(500, finished.get(0).status());
        assertEquals("soap answered", soapCall().body());
        assertEquals(2, builds.get());
    }

    @Test
    void stoppingTheServerStopsTheBuiltEndpoint() throws Exception {
        start(this::answeringSoap);
        soapCall();

        server.stop();

        assertEquals(1, built.size());
        assertTrue(built.get(0).isStopped());
    }

    /** The real CXF endpoint behind the gateway's front door, with the real dispatcher. */
    @Nested
    class WithTheRealSoapEndpoint {
        private static final String VERSION = "2010-11-15";

        @RegisterExtension
        final SoapHarness harness = new SoapHarness();

        @Test
        void aSignedSoapCallWorksAfterQueryCallsAndBuildsTheEndpointOnce() throws Exception {
            SignedSession soap = harness.session(VERSION);
            harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":"
                    + "\"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf\",\"name\":\"Sim-Basic\",\"allocationstate\":\"Enabled\"}]}}");

            HttpResponse<String> query = SignedQuery.send(harness.endpoint(), "DescribeAvailabilityZones", Map.of(),
                    SoapHarness.ACCESS_KEY, SoapHarness.SECRET_KEY);
            assertEquals(200, query.statusCode(), query.body());
            assertEquals(0, harness.soapBuilds.get());

            for (int i = 0; i < 2; i++) {
                Element answer = soap.call("DescribeAvailabilityZones", "<availabilityZoneSet/>");
                assertEquals("Sim-Basic", SoapXml.text(answer, "zoneName"));
            }
            assertEquals(1, harness.soapBuilds.get());
        }
    }

    private Handler answeringSoap() {
        builds.incrementAndGet();
        Handler handler = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.write(true, ByteBuffer.wrap("soap answered".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        };
        built.add(handler);
        return handler;
    }

    private SoapOnFirstUse start(Supplier<Handler> build) throws Exception {
        SoapOnFirstUse soap = new SoapOnFirstUse(build, new AccessLog(Clock.systemUTC(), List.of(finished::add)));
        Handler query = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.write(true, ByteBuffer.wrap("query answered".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        };
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new SoapOrQuery("/awsapi", query, soap));
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/awsapi");
        return soap;
    }

    private HttpResponse<String> soapCall() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/xml;charset=UTF-8")
                .header("SOAPAction", "DescribeRegions")
                .POST(HttpRequest.BodyPublishers.ofString("<Envelope/>"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?Action=DescribeRegions")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
