package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayAppTest {
    @TempDir
    Path dataDir;

    private GatewayConfig config(ConfigKey key, String value) {
        return GatewayConfig.of(Map.of(ConfigKey.PORT, "0", ConfigKey.BIND_ADDRESS, "127.0.0.1",
                ConfigKey.DATA_DIR, dataDir.toString(), ConfigKey.CLOUDSTACK_URL, "http://127.0.0.1:9/client/api",
                ConfigKey.ADMIN_PORT, "0",
                key, value));
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheQueryApiOnTheContextPathItsSlashAndTheRoot() throws Exception {
        try (GatewayApp app = GatewayApp.start(config(ConfigKey.REGION_NAME, "r1"))) {
            for (String path : new String[] {"/awsapi", "/awsapi/", "/"}) {
                HttpResponse<String> answer = get(URI.create("http://127.0.0.1:" + app.port() + path
                        + "?Action=DescribeRegions&Version=2016-11-15"));
                assertEquals(400, answer.statusCode(), path);
                assertTrue(answer.body().contains("<Code>MissingParameter</Code>"), answer.body());
                assertTrue(answer.headers().firstValue("Server").isEmpty(), "no server version is sent");
            }
        }
    }

    @Test
    void aRequestJettyCannotParseStillGetsAnEc2ErrorDocument() throws Exception {
        try (GatewayApp app = GatewayApp.start(config(ConfigKey.REGION_NAME, "r1"));
             Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.getOutputStream().write("GET /awsapi%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("<Code>InvalidRequest</Code>"), answer);
            assertTrue(!answer.contains("<html"), answer);
        }
    }

    @Test
    void withTheEc2ApiSwitchedOffEveryRequestIsUnavailable() throws Exception {
        try (GatewayApp app = GatewayApp.start(config(ConfigKey.ENABLE_EC2_API, "false"))) {
            HttpResponse<String> answer = get(URI.create("http://127.0.0.1:" + app.port()
                    + "/awsapi?Action=DescribeRegions"));
            assertEquals(503, answer.statusCode());
            assertTrue(answer.body().contains("<Code>Unavailable</Code>"), answer.body());
            assertTrue(answer.body().contains("enable.ec2.api"), answer.body());
        }
    }

    @Test
    void theS3ApiIsNotProvidedAndSaysSo() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> GatewayApp.start(config(ConfigKey.ENABLE_S3_API, "true")));
        assertTrue(e.getMessage().contains("enable.s3.api"), e.getMessage());
    }
}
