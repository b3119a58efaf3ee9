package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs a realistic sequence through a real gateway, every gateway logger at TRACE and the rest at INFO,
 * and checks that no secret key, request signature, CloudStack signature or private key reaches a log.
 */
class NoSecretsInLogsTest {
    private static final String ACCESS_KEY = "AKIDLOGTEST";
    private static final String SECRET_KEY = "log-test-secret-Qx81";
    private static final String NEW_KEY = "new-user-cs-api-key";
    private static final String NEW_SECRET = "new-user-cs-secret-Zr42";
    private static final String PRIVATE_KEY_BODY = "MIIEpAIBAAKCAQEAsecretPrivateKeyMaterial";

    @TempDir
    Path dataDir;

    private final List<String> logged = new ArrayList<>();
    private final Map<String, Level> savedLevels = new java.util.HashMap<>();
    private AppenderBase<ILoggingEvent> appender;

    @BeforeEach
    void captureEveryLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLoggerName().toLowerCase(Locale.ROOT).contains("wiremock")) {
                    return; // the CloudStack stand-in's own logs are not the gateway's
                }
                synchronized (logged) {
                    logged.add(event.getLoggerName() + " " + event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())));
                }
            }
        };
        appender.setContext(context);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        level(context, Logger.ROOT_LOGGER_NAME, Level.INFO);
        level(context, "dev.ec2gateway", Level.TRACE);
        level(context, "ec2gateway", Level.TRACE);
    }

    private void level(LoggerContext context, String name, Level level) {
        Logger logger = context.getLogger(name);
        savedLevels.put(name, logger.getLevel());
        logger.setLevel(level);
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        savedLevels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static String signatureOf(String body) {
        for (String pair : body.split("&")) {
            if (pair.startsWith("Signature=")) {
                return URLDecoder.decode(pair.substring("Signature=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no signature in " + body);
    }

    private HttpResponse<String> send(URI endpoint, String action, Map<String, String> params, String key,
                                      String secret, List<String> signatures) throws Exception {
        String body = SignedQuery.body(endpoint, action, params, key, secret);
        signatures.add(signatureOf(body));
        return SignedQuery.post(endpoint, body);
    }

    @Test
    void noSecretSignatureOrPrivateKeyIsEverLogged() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(SECRET_KEY, NEW_SECRET, PRIVATE_KEY_BODY));
        List<String> signatures = new ArrayList<>();
        try (StubCloudStack cloudStack = new StubCloudStack();
             GatewayApp app = GatewayApp.start(GatewayConfig.of(Map.of(ConfigKey.PORT, "0",
                     ConfigKey.BIND_ADDRESS, "127.0.0.1", ConfigKey.ADMIN_PORT, "0",
                     ConfigKey.DATA_DIR, dataDir.toString(), ConfigKey.CLOUDSTACK_URL, cloudStack.url())))) {
            cloudStack.stub("createSSHKeyPair", "{\"createsshkeypairresponse\":{\"keypair\":{\"privatekey\":"
                    + "\"-----BEGIN RSA PRIVATE KEY-----\\n" + PRIVATE_KEY_BODY + "\\n-----END RSA PRIVATE KEY-----\\n\","
                    + "\"id\":\"f4309679-d98c-4b95-baf0-884beae75640\",\"name\":\"kp1\",\"account\":\"u\","
                    + "\"domainid\":\"d\",\"domain\":\"ROOT\",\"fingerprint\":\"f3:a9\"}}}");
            app.registerUser(ACCESS_KEY, SECRET_KEY);
            URI endpoint = app.endpoint();

            assertEquals(200, send(endpoint, "SetUserKeys", Map.of("accesskey", NEW_KEY, "secretkey", NEW_SECRET),
                    NEW_KEY, NEW_SECRET, signatures).statusCode());
            HttpResponse<String> created = send(endpoint, "CreateKeyPair", Map.of("KeyName", "kp1"), NEW_KEY,
                    NEW_SECRET, signatures);
            assertTrue(created.body().contains(PRIVATE_KEY_BODY), "the private key reaches the client");
            assertEquals(200, send(endpoint, "DescribeAvailabilityZones", Map.of(), ACCESS_KEY, SECRET_KEY,
                    signatures).statusCode());
            send(endpoint, "DescribeAvailabilityZones", Map.of(), ACCESS_KEY, "a-wrong-secret-Vb55", signatures);
            send(endpoint, "DescribeKeyPairs", Map.of(), "AKIDNOBODY", "nobodys-secret-Lp09", signatures);
            send(endpoint, "DescribeRegions", Map.of("Filter.1.Name", "region-name", "Filter.1.Value.1", SECRET_KEY),
                    ACCESS_KEY, SECRET_KEY, signatures);
            secrets.add("a-wrong-secret-Vb55");
            secrets.add("nobodys-secret-Lp09");
            assertFalse(cloudStack.server.getAllServeEvents().isEmpty(), "CloudStack was called");
            for (ServeEvent event : cloudStack.server.getAllServeEvents()) {
                String cloudStackSignature = event.getRequest().queryParameter("signature").firstValue();
                signatures.add(cloudStackSignature);
            }
        }
        List<String> lines;
        synchronized (logged) {
            lines = List.copyOf(logged);
        }
        assertTrue(lines.stream().filter(l -> l.startsWith("ec2gateway.access")).count() >= 6,
                "the access log was captured: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("SetUserKeys")), "the SetUserKeys call was logged");
        for (String line : lines) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "a secret in the log: " + line);
            }
            for (String signature : signatures) {
                assertFalse(line.contains(signature)
                                || line.contains(SignedQuery.rfc3986(signature)),
                        "a signature in the log: " + line);
            }
        }
    }
}
