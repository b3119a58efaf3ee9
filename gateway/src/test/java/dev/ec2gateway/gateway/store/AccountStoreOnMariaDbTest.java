package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.actions.instances.Reservation;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account store on a real MariaDB server, started by the test: the same migrations, the same behaviour. */
class AccountStoreOnMariaDbTest {
    @TempDir
    static Path serverDir;

    private static MariaDbServer mariaDb;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startMariaDb() throws Exception {
        mariaDb = MariaDbServer.start(serverDir);
    }

    @AfterAll
    static void stopMariaDb() throws Exception {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    private GatewayConfig config(String database, Path dir) throws Exception {
        String url = mariaDb.createDatabase(database, database + "_user", "pw-" + database);
        return GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dir.toString(), ConfigKey.DB_URL, url,
                ConfigKey.DB_USER, database + "_user", ConfigKey.DB_PASSWORD, "pw-" + database));
    }

    @Test
    void registersFindsCountsAndAnswersPingsOnMariaDb() throws Exception {
        try (AccountStore store = AccountStore.open(config("store_basic", dataDir))) {
            store.register("AKIDMARIA", "maria-secret", new CloudStackCredentials("csKey", "csSecret"));
            store.usage().add(List.of(new UsageCount(LocalDate.parse("2026-11-02"), "AKIDMARIA", "RunInstances",
                    "ok", 2)));
            store.usage().add(List.of(new UsageCount(LocalDate.parse("2026-11-02"), "AKIDMARIA", "RunInstances",
                    "ok", 3)));
            store.ping();

            assertEquals("maria-secret", store.find("AKIDMARIA").orElseThrow().secretKey());
            assertEquals(5, store.usage().list(Optional.of("AKIDMARIA"), LocalDate.parse("2026-11-01"),
                    LocalDate.parse("2026-11-30")).get(0).calls());
        }
    }

    @Test
    void aClientTokenClaimedThroughOneNodeIsHonouredByTheOther(@TempDir Path otherDir) throws Exception {
        GatewayConfig nodeA = config("store_tokens", dataDir);
        try (AccountStore first = AccountStore.open(nodeA)) {
            java.nio.file.Files.copy(dataDir.resolve("secret.key"), otherDir.resolve("secret.key"));
            try (AccountStore second = AccountStore.open(nodeA.with(ConfigKey.DATA_DIR, otherDir.toString()))) {
                Reservation reservation = new Reservation("r-0123456789abcdef0", "ec2user", List.of(), List.of());
                assertEquals(Optional.empty(), first.clientTokens().claim("AKIDMARIA", "token-1", "params"));
                CompletableFuture<Optional<Reservation>> retryOnB = CompletableFuture.supplyAsync(
                        () -> second.clientTokens().claim("AKIDMARIA", "token-1", "params"));
                first.clientTokens().complete("AKIDMARIA", "token-1", reservation);
                assertEquals(Optional.of(reservation), retryOnB.get(60, TimeUnit.SECONDS));
                Ec2Exception mismatch = assertThrows(Ec2Exception.class,
                        () -> second.clientTokens().claim("AKIDMARIA", "token-1", "other-params"));
                assertEquals("IdempotentParameterMismatch", mismatch.code());
            }
        }
    }

    @Test
    void aNodeWithAnotherSecretKeyFileIsRefused(@TempDir Path otherDir) throws Exception {
        GatewayConfig first = config("store_keys", dataDir);
        try (AccountStore store = AccountStore.open(first)) {
            store.register("AKIDMARIA", "maria-secret", new CloudStackCredentials("csKey", "csSecret"));
        }
        StoreException refused = assertThrows(StoreException.class,
                () -> AccountStore.open(first.with(ConfigKey.DATA_DIR, otherDir.toString())));
        assertTrue(refused.getMessage().contains("secret.key"), refused.getMessage());
    }
}
