package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.soap.TestCertificate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountStoreTest {
    private static final CloudStackCredentials CS_KEYS = new CloudStackCredentials("csApiKey1", "csSecretKey-Zq93xT");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:15:30Z"));

    private GatewayConfig config() {
        return GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString()));
    }

    private AccountStore open() {
        return AccountStore.open(config(), clock);
    }

    @Test
    void findsARegisteredAccountWithAllItsKeys() {
        try (AccountStore store = open()) {
            store.register("AKIDEXAMPLE", "ec2Secret-Wq71pL", CS_KEYS);

            Account account = store.find("AKIDEXAMPLE").orElseThrow();

            assertEquals("AKIDEXAMPLE", account.accessKey());
            assertEquals("ec2Secret-Wq71pL", account.secretKey());
            assertEquals(CS_KEYS, account.cloudStack());
        }
    }

    @Test
    void findsNothingForAnUnknownAccessKey() {
        try (AccountStore store = open()) {
            store.register("AKIDEXAMPLE", "ec2Secret-Wq71pL", CS_KEYS);

            assertTrue(store.find("AKIDOTHER").isEmpty());
            assertTrue(store.find("").isEmpty());
        }
    }

    @Test
    void createsItsDatabaseAndKeyFileInTheDataDirectory() throws Exception {
        Path fresh = dataDir.resolve("not-yet");
        try (AccountStore store = AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, fresh.toString())))) {
            store.register("AK", "SK", CS_KEYS);
        }

        assertTrue(Files.exists(fresh.resolve("accounts.mv.db")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void replacesTheKeysOfAnAccessKeyRegisteredAgain() {
        try (AccountStore store = open()) {
            store.register("AK", "first-secret", CS_KEYS);
            clock.advance(java.time.Duration.ofMinutes(5));
            store.register("AK", "second-secret", new CloudStackCredentials("csApiKey2", "csSecret2"));

            Account account = store.find("AK").orElseThrow();
            assertEquals("second-secret", account.secretKey());
            assertEquals(new CloudStackCredentials("csApiKey2", "csSecret2"), account.cloudStack());
            assertEquals(List.of(new RegisteredUser("AK", "csApiKey2", Instant.parse("2026-03-01T10:20:30Z"))),
                    store.list());
        }
    }

    @Test
    void listsUsersByAccessKeyWithTheirCloudStackApiKeyAndCreationTime() {
        try (AccountStore store = open()) {
            store.register("AK-B", "secret-b", new CloudStackCredentials("api-b", "cs-secret-b"));
            clock.advance(java.time.Duration.ofSeconds(1));
            store.register("AK-A", "secret-a", new CloudStackCredentials("api-a", "cs-secret-a"));

            assertEquals(List.of(
                    new RegisteredUser("AK-A", "api-a", Instant.parse("2026-03-01T10:15:31Z")),
                    new RegisteredUser("AK-B", "api-b", Instant.parse("2026-03-01T10:15:30Z"))),
                    store.list());
        }
    }

    @Test
    void removesAUserAndSaysWhetherThereWasOne() {
        try (AccountStore store = open()) {
            store.register("AK", "SK", CS_KEYS);

            assertTrue(store.remove("AK"));
            assertFalse(store.remove("AK"));
            assertTrue(store.find("AK").isEmpty());
            assertTrue(store.list().isEmpty());
        }
    }

    @Test
    void forgetsAUserItRemovesAtOnceEvenRightAfterFindingIt() {
        try (AccountStore store = open()) {
            store.register("AK", "SK", CS_KEYS);
            store.find("AK").orElseThrow();

            store.remove("AK");

            assertTrue(store.find("AK").isEmpty());
        }
    }

    @Test
    void answersWithNewKeysAtOnceWhenItRegistersAUserAgain() {
        try (AccountStore store = open()) {
            store.register("AK", "old-secret", CS_KEYS);
            store.find("AK").orElseThrow();

            store.register("AK", "new-secret", CS_KEYS);

            assertEquals("new-secret", store.find("AK").orElseThrow().secretKey());
        }
    }

    @Test
    void honoursARemovalByAnotherProcessOnceTheFoundAccountHasExpired() {
        try (AccountStore gateway = open(); AccountStore cli = open()) {
            gateway.register("AK", "SK", CS_KEYS);
            gateway.find("AK").orElseThrow();

            cli.remove("AK");

            assertTrue(gateway.find("AK").isPresent(), "kept in memory for a few seconds");
            clock.advance(AccountStore.FOUND_ACCOUNT_TTL);
            assertTrue(gateway.find("AK").isEmpty());
        }
    }

    @Test
    void honoursACertificateRemovalByAnotherProcessOnceTheFoundOwnerHasExpired() throws Exception {
        X509Certificate certificate = TestCertificate.shared().certificate();
        String fingerprint = Certificates.fingerprint(certificate);
        try (AccountStore gateway = open(); AccountStore cli = open()) {
            gateway.register("AK", "SK", CS_KEYS);
            gateway.certificates().add("AK", certificate);
            assertEquals("AK", gateway.certificates().owner(fingerprint).orElseThrow());

            cli.certificates().remove(fingerprint);

            assertTrue(gateway.certificates().owner(fingerprint).isPresent(), "kept in memory for a few seconds");
            clock.advance(AccountStore.FOUND_ACCOUNT_TTL);
            assertTrue(gateway.certificates().owner(fingerprint).isEmpty());
        }
    }

    @Test
    void aCertificateRemovedByTheStoreItselfHasNoOwnerAtOnce() throws Exception {
        X509Certificate certificate = TestCertificate.shared().certificate();
        String fingerprint = Certificates.fingerprint(certificate);
        try (AccountStore store = open()) {
            store.register("AK", "SK", CS_KEYS);
            store.certificates().add("AK", certificate);
            store.certificates().owner(fingerprint).orElseThrow();
            store.certificates().removeAll("AK");
            assertTrue(store.certificates().owner(fingerprint).isEmpty());

            store.certificates().add("AK", certificate);
            store.certificates().owner(fingerprint).orElseThrow();
            store.certificates().remove("AK", fingerprint);
            assertTrue(store.certificates().owner(fingerprint).isEmpty());
        }
    }

    @Test
    void keepsNoSecretInClearInTheDatabase() throws Exception {
        try (AccountStore store = open()) {
            store.register("AKIDEXAMPLE", "ec2Secret-Wq71pL", CS_KEYS);
        }

        List<String> cells = new ArrayList<>();
        try (Connection connection = rawConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM accounts")) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    cells.add(rows.getString(i));
                }
            }
        }
        assertTrue(cells.contains("AKIDEXAMPLE"), cells.toString());
        assertTrue(cells.contains("csApiKey1"), cells.toString());
        assertTrue(cells.stream().noneMatch(c -> c.contains("ec2Secret-Wq71pL") || c.contains("csSecretKey-Zq93xT")),
                cells.toString());
        String file = new String(Files.readAllBytes(dataDir.resolve("accounts.mv.db")), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains("ec2Secret-Wq71pL"));
        assertFalse(file.contains("csSecretKey-Zq93xT"));
    }

    @Test
    void createsTheKeyFileReadableAndWritableByItsOwnerOnly() throws Exception {
        open().close();

        Path keyFile = dataDir.resolve("secret.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(keyFile).strip()).length);
    }

    @Test
    void readsEarlierSecretsAfterReopeningWithTheSameKeyFile() throws Exception {
        try (AccountStore store = open()) {
            store.register("AK", "SK", CS_KEYS);
        }
        String key = Files.readString(dataDir.resolve("secret.key"));

        try (AccountStore store = open()) {
            assertEquals("SK", store.find("AK").orElseThrow().secretKey());
        }
        assertEquals(key, Files.readString(dataDir.resolve("secret.key")));
    }

    @Test
    void refusesToStartWhenOthersMayReadTheKeyFile() throws Exception {
        open().close();
        Path keyFile = dataDir.resolve("secret.key");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        StoreException e = assertThrows(StoreException.class, this::open);

        assertTrue(e.getMessage().contains("rw-r--r--"), e.getMessage());
        assertTrue(e.getMessage().contains("owner only"), e.getMessage());
    }

    @Test
    void acceptsAKeyFileItsOwnerMayOnlyRead() throws Exception {
        open().close();
        Files.setPosixFilePermissions(dataDir.resolve("secret.key"), PosixFilePermissions.fromString("r--------"));

        open().close();
    }

    @Test
    void refusesToStartWithAnotherKeyThanTheSecretsWereSealedWith() throws Exception {
        try (AccountStore store = open()) {
            store.register("AK", "SK", CS_KEYS);
        }
        Path keyFile = dataDir.resolve("secret.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(SecretBox.newKey()));

        StoreException e = assertThrows(StoreException.class, this::open);

        assertTrue(e.getMessage().contains("another secret.key"), e.getMessage());
    }

    @Test
    void refusesAKeyFileThatHoldsNoKey() throws Exception {
        open().close();
        Files.writeString(dataDir.resolve("secret.key"), "not a key");

        StoreException e = assertThrows(StoreException.class, this::open);

        assertTrue(e.getMessage().contains("does not hold a key"), e.getMessage());
    }

    @Test
    void appliesEachMigrationOnceHoweverOftenItIsOpened() throws Exception {
        open().close();
        try (AccountStore store = open()) {
            store.register("AK", "SK", CS_KEYS);
        }
        open().close();

        List<String> applied = new ArrayList<>();
        try (Connection connection = rawConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"type\" = 'SQL' AND \"success\" ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), applied);
        try (AccountStore store = open()) {
            assertEquals("SK", store.find("AK").orElseThrow().secretKey());
        }
    }

    @Test
    void keepsEveryUserRegisteredConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (AccountStore store = open()) {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String accessKey = "AK" + (i % 50);
                String secret = "SK" + i;
                writes.add(pool.submit(() -> store.register(accessKey, secret, new CloudStackCredentials(accessKey, secret))));
                writes.add(pool.submit(() -> store.find(accessKey)));
            }
            for (Future<?> write : writes) {
                write.get();
            }

            assertEquals(50, store.list().size());
            for (int i = 0; i < 50; i++) {
                Account account = store.find("AK" + i).orElseThrow();
                assertEquals(account.secretKey(), account.cloudStack().secretKey());
                assertEquals((Integer.parseInt(account.secretKey().substring(2)) % 50), i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverShowsASecretInToString() {
        try (AccountStore store = open()) {
            store.register("AK", "ec2Secret-Wq71pL", CS_KEYS);
            Account account = store.find("AK").orElseThrow();

            assertFalse(account.toString().contains("ec2Secret-Wq71pL"));
            assertFalse(account.cloudStack().toString().contains("csSecretKey-Zq93xT"));
        }
    }

    private Connection rawConnection() throws SQLException {
        return DriverManager.getConnection(Database.embeddedUrl(dataDir), "sa", "");
    }
}
