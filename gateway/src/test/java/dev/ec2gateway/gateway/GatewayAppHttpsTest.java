package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTPS listener, driven by the real AWS CLI trusting a CA made for the test. */
class GatewayAppHttpsTest {
    private static final String ACCESS_KEY = "AKIDHTTPSTEST";
    private static final String SECRET_KEY = "https-test-secret";

    @TempDir
    static Path certificateDir;

    @TempDir
    Path dir;

    private static TestCertificates certificates;
    private StubCloudStack cloudStack;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(certificateDir);
    }

    @BeforeEach
    void setUp() {
        cloudStack = new StubCloudStack();
    }

    @AfterEach
    void tearDown() {
        cloudStack.close();
    }

    private Map<ConfigKey, String> settings() {
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.BIND_ADDRESS, "127.0.0.1");
        settings.put(ConfigKey.PORT, "0");
        settings.put(ConfigKey.ADMIN_PORT, "");
        settings.put(ConfigKey.DATA_DIR, dir.resolve("data").toString());
        settings.put(ConfigKey.CLOUDSTACK_URL, cloudStack.url());
        settings.put(ConfigKey.HTTPS_PORT, "0");
        settings.put(ConfigKey.HTTPS_KEYSTORE_PATH, certificates.serverKeystore().toString());
        settings.put(ConfigKey.HTTPS_KEYSTORE_PASSWORD, certificates.password());
        settings.put(ConfigKey.HTTPS_KEY_ALIAS, TestCertificates.KEY_ALIAS);
        return settings;
    }

    private CliResult aws(String endpoint, String... args) throws Exception {
        Path aws = RealTool.find("aws", "awscli", "/usr/bin/aws");
        List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url", endpoint,
                "--region", "cloudstack", "--output", "text"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("HOME", dir.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliResult(process.waitFor(), output);
    }

    private record CliResult(int exitCode, String output) {
    }

    @Test
    void theAwsCliTalksToTheGatewayOverHttpsTrustingItsCa() throws Exception {
        Map<ConfigKey, String> settings = settings();
        settings.put(ConfigKey.HTTP_ENABLED, "false");
        try (GatewayApp app = GatewayApp.start(GatewayConfig.of(settings))) {
            app.registerUser(ACCESS_KEY, SECRET_KEY);
            assertEquals(-1, app.port(), "no plain HTTP listener");

            CliResult answer = aws(app.httpsEndpoint().toString(), "--ca-bundle", certificates.caPem().toString(),
                    "ec2", "describe-availability-zones");

            assertEquals(0, answer.exitCode(), answer.output());
            assertTrue(answer.output().contains("Sim-Basic"), answer.output());
        }
    }

    @Test
    void theAwsCliRefusesTheGatewayWhenItDoesNotTrustTheCa() throws Exception {
        try (GatewayApp app = GatewayApp.start(GatewayConfig.of(settings()))) {
            app.registerUser(ACCESS_KEY, SECRET_KEY);

            CliResult answer = aws(app.httpsEndpoint().toString(), "ec2", "describe-availability-zones");

            assertNotEquals(0, answer.exitCode(), answer.output());
            assertTrue(answer.output().contains("SSL"), answer.output());
            cloudStack.server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        }
    }

    @Test
    void httpAndHttpsServeSideBySide() throws Exception {
        try (GatewayApp app = GatewayApp.start(GatewayConfig.of(settings()))) {
            app.registerUser(ACCESS_KEY, SECRET_KEY);

            CliResult overHttp = aws(app.endpoint().toString(), "ec2", "describe-availability-zones");
            CliResult overHttps = aws(app.httpsEndpoint().toString(), "--ca-bundle",
                    certificates.caPem().toString(), "ec2", "describe-availability-zones");

            assertEquals(0, overHttp.exitCode(), overHttp.output());
            assertEquals(0, overHttps.exitCode(), overHttps.output());
            assertNotEquals(app.port(), app.httpsPort());
        }
    }

    @Test
    void aWrongKeystorePasswordStopsTheStartNamingTheKeystoreButNotThePassword() {
        Map<ConfigKey, String> settings = settings();
        settings.put(ConfigKey.HTTPS_KEYSTORE_PASSWORD, "not-the-password");
        ConfigException e = assertThrows(ConfigException.class, () -> GatewayApp.start(GatewayConfig.of(settings)));
        assertTrue(e.getMessage().contains(certificates.serverKeystore().toString()), e.getMessage());
        assertTrue(!e.getMessage().contains("not-the-password"), e.getMessage());
    }

    @Test
    void anUnknownKeyAliasIsRefusedListingTheKeysThereAre() {
        Map<ConfigKey, String> settings = settings();
        settings.put(ConfigKey.HTTPS_KEY_ALIAS, "nosuchkey");
        ConfigException e = assertThrows(ConfigException.class, () -> GatewayApp.start(GatewayConfig.of(settings)));
        assertTrue(e.getMessage().contains("nosuchkey") && e.getMessage().contains(TestCertificates.KEY_ALIAS),
                e.getMessage());
    }

    @Test
    void switchingHttpOffWithoutHttpsIsRefused() {
        Map<ConfigKey, String> settings = settings();
        settings.put(ConfigKey.HTTP_ENABLED, "false");
        settings.put(ConfigKey.HTTPS_PORT, "");
        ConfigException e = assertThrows(ConfigException.class, () -> GatewayApp.start(GatewayConfig.of(settings)));
        assertTrue(e.getMessage().contains("https.port"), e.getMessage());
    }
}
