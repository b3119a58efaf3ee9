package dev.ec2gateway.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.gateway.SignedQuery;
import dev.ec2gateway.gateway.StubCloudStack;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics and /health on the admin port of a real gateway, scraped over HTTP. */
class AdminServerTest {
    private static final String ACCESS_KEY = "AKIDMETRICSTEST";
    private static final String SECRET_KEY = "metrics-test-secret";

    @TempDir
    Path dataDir;

    private StubCloudStack cloudStack;
    private GatewayApp app;

    @BeforeEach
    void start() throws Exception {
        cloudStack = new StubCloudStack();
        app = GatewayApp.start(GatewayConfig.of(Map.of(ConfigKey.PORT, "0", ConfigKey.BIND_ADDRESS, "127.0.0.1",
                ConfigKey.ADMIN_PORT, "0", ConfigKey.DATA_DIR, dataDir.toString(),
                ConfigKey.CLOUDSTACK_URL, cloudStack.url())));
        app.registerUser(ACCESS_KEY, SECRET_KEY);
    }

    @AfterEach
    void stop() {
        app.close();
        cloudStack.close();
    }

    private HttpResponse<String> admin(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.adminPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int ec2(String action, String secretKey) throws Exception {
        return SignedQuery.send(app.endpoint(), action, Map.of(), ACCESS_KEY, secretKey).statusCode();
    }

    @Test
    void metricsCountRequestsByActionAndOutcomeAndTimeCloudStackCalls() throws Exception {
        assertEquals(200, ec2("DescribeAvailabilityZones", SECRET_KEY));
        assertEquals(200, ec2("DescribeAvailabilityZones", SECRET_KEY));
        assertEquals(403, ec2("DescribeAvailabilityZones", "a-wrong-secret"));
        assertEquals(400, ec2("NoSuchActionAtAll", SECRET_KEY));

        HttpResponse<String> scrape = admin("/metrics");

        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        Map<String, Double> samples = PrometheusText.samples(scrape.body());
        assertEquals(2.0, samples.get(
                "ec2gateway_requests_seconds_count{action=\"DescribeAvailabilityZones\",outcome=\"ok\"}"), scrape.body());
        assertEquals(1.0, samples.get("ec2gateway_requests_seconds_count{action=\"DescribeAvailabilityZones\","
                + "outcome=\"SignatureDoesNotMatch\"}"), scrape.body());
        assertEquals(1.0, samples.get("ec2gateway_auth_failures_total{code=\"SignatureDoesNotMatch\"}"), scrape.body());
        assertEquals(1.0, samples.get(
                "ec2gateway_requests_seconds_count{action=\"unknown\",outcome=\"InvalidAction\"}"), scrape.body());
        assertEquals(2.0, samples.get(
                "ec2gateway_cloudstack_calls_seconds_count{command=\"listZones\",status=\"200\"}"), scrape.body());
        assertEquals(2.0, samples.get("ec2gateway_requests_seconds_bucket{action=\"DescribeAvailabilityZones\","
                + "outcome=\"ok\",le=\"+Inf\"}"), scrape.body());
        assertEquals(0.0, samples.get("ec2gateway_cloudstack_job_waits"), scrape.body());
        assertTrue(samples.keySet().stream().anyMatch(name -> name.startsWith("jvm_memory_used_bytes")));
    }

    @Test
    void healthSaysCloudStackAndTheStoreAnswer() throws Exception {
        HttpResponse<String> answer = admin("/health");

        assertEquals(200, answer.statusCode());
        JsonNode health = new ObjectMapper().readTree(answer.body());
        assertEquals("up", health.path("status").asText());
        assertTrue(health.path("cloudStack").path("reachable").asBoolean(), answer.body());
        assertTrue(health.path("accountStore").path("reachable").asBoolean(), answer.body());
    }

    @Test
    void healthSaysCloudStackDoesNotAnswerWhileTheGatewayIsUp() throws Exception {
        cloudStack.close();

        HttpResponse<String> answer = admin("/health");

        assertEquals(200, answer.statusCode());
        JsonNode health = new ObjectMapper().readTree(answer.body());
        assertEquals(false, health.path("cloudStack").path("reachable").asBoolean(), answer.body());
        assertTrue(health.path("accountStore").path("reachable").asBoolean(), answer.body());
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        assertEquals(404, admin("/awsapi").statusCode());
    }
}
