package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request whose CloudStack call is still running when the gateway is told to stop. */
class GracefulShutdownTest {
    private static final String ACCESS_KEY = "AKIDGRACEFUL";
    private static final String SECRET_KEY = "graceful-secret";

    @TempDir
    Path dataDir;

    @Test
    void aRequestInFlightWhenTheGatewayStopsStillGetsItsAnswer() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpServer cloudStack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloudStack.createContext("/client/api", exchange -> {
            arrived.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = StubCloudStack.ZONES.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        cloudStack.start();
        try {
            GatewayApp app = GatewayApp.start(GatewayConfig.of(Map.of(ConfigKey.PORT, "0",
                    ConfigKey.BIND_ADDRESS, "127.0.0.1", ConfigKey.ADMIN_PORT, "", ConfigKey.DATA_DIR,
                    dataDir.toString(), ConfigKey.CLOUDSTACK_URL,
                    "http://127.0.0.1:" + cloudStack.getAddress().getPort() + "/client/api")));
            app.registerUser(ACCESS_KEY, SECRET_KEY);
            URI endpoint = app.endpoint();
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    return SignedQuery.send(endpoint, "DescribeAvailabilityZones", Map.of(), ACCESS_KEY, SECRET_KEY);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(arrived.await(30, TimeUnit.SECONDS), "the request reached CloudStack");

            CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
            awaitRefusingNewRequests(endpoint);
            assertFalse(closing.isDone(), "close() waits for the request in flight");
            release.countDown();

            HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Sim-Basic"), answer.body());
            closing.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            cloudStack.stop(0);
        }
    }

    /** Shutdown has begun once a new request is turned away (503 or a refused connection). */
    private static void awaitRefusingNewRequests(URI endpoint) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(endpoint).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 503) {
                    return;
                }
            } catch (IOException refused) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the gateway kept taking new requests after close()");
    }
}
