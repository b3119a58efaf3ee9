package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.MariaDbServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two gateway nodes on one real MariaDB database, sharing the secret.key file. */
class SharedStoreTest {
    private static final String ACCESS_KEY = "AKIDSHAREDSTORE";
    private static final String SECRET_KEY = "shared-store-secret";

    @TempDir
    Path dir;

    private static GatewayConfig node(Path dataDir, String dbUrl, String cloudStackUrl) {
        return GatewayConfig.of(Map.of(ConfigKey.PORT, "0", ConfigKey.BIND_ADDRESS, "127.0.0.1",
                ConfigKey.ADMIN_PORT, "", ConfigKey.DATA_DIR, dataDir.toString(), ConfigKey.DB_URL, dbUrl,
                ConfigKey.DB_USER, "gateway", ConfigKey.DB_PASSWORD, "gateway-db-pw",
                ConfigKey.CLOUDSTACK_URL, cloudStackUrl));
    }

    @Test
    void aUserRegisteredThroughOneNodeWorksOnTheOther() throws Exception {
        try (MariaDbServer mariaDb = MariaDbServer.start(Files.createDirectory(dir.resolve("mariadb")));
             StubCloudStack cloudStack = new StubCloudStack()) {
            String url = mariaDb.createDatabase("ec2gateway", "gateway", "gateway-db-pw");
            Path dataA = dir.resolve("node-a");
            Path dataB = Files.createDirectory(dir.resolve("node-b"));
            try (GatewayApp a = GatewayApp.start(node(dataA, url, cloudStack.url()))) {
                Files.copy(dataA.resolve("secret.key"), dataB.resolve("secret.key"));
                Files.setPosixFilePermissions(dataB.resolve("secret.key"), PosixFilePermissions.fromString("rw-------"));
                try (GatewayApp b = GatewayApp.start(node(dataB, url, cloudStack.url()))) {
                    HttpResponse<String> registered = SignedQuery.send(a.endpoint(), "SetUserKeys",
                            Map.of("accesskey", ACCESS_KEY, "secretkey", SECRET_KEY), ACCESS_KEY, SECRET_KEY);
                    assertEquals(200, registered.statusCode(), registered.body());

                    HttpResponse<String> onB = SignedQuery.send(b.endpoint(), "DescribeAvailabilityZones", Map.of(),
                            ACCESS_KEY, SECRET_KEY);

                    assertEquals(200, onB.statusCode(), onB.body());
                    assertTrue(onB.body().contains("Sim-Basic"), onB.body());
                }
            }
        }
    }
}
