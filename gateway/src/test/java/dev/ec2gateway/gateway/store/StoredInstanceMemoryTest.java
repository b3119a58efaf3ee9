package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.actions.instances.GroupIdentifier;
import dev.ec2gateway.actions.instances.Instance;
import dev.ec2gateway.actions.instances.InstanceHistory;
import dev.ec2gateway.actions.instances.InstanceState;
import dev.ec2gateway.actions.instances.Placement;
import dev.ec2gateway.actions.instances.Reservation;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.ec2.Tag;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instance history and the client tokens kept in the account store's database. */
class StoredInstanceMemoryTest {
    private static final Instant T0 = Instant.parse("2026-11-24T05:33:18Z");

    @TempDir
    Path dataDir;

    private AccountStore open() {
        return AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())));
    }

    private static Instance view(String id) {
        return new Instance(id, "ami-0123456789abcdef0", new InstanceState(16, "running"), "web", "", "", "kp1", 0,
                List.of(), "m1.small", T0, new Placement("Sim-Basic", "", "default"), null, null, null, "10.1.1.2",
                null, true, List.of(new GroupIdentifier("sg-0123456789abcdef0", "web")), "x86_64", "ebs",
                "/dev/sda1", List.of(), "hvm", "", List.of(new Tag("Name", "web-1")), "xen", false);
    }

    @Test
    void keepsTheLastViewOfATerminatedInstanceAndItsTime() {
        try (AccountStore store = open()) {
            InstanceHistory history = store.instanceHistory();
            history.terminating("AK1",
                    new InstanceHistory.Terminated("uuid-1", "ec2user", view("i-0123456789abcdef0"), T0));
            List<InstanceHistory.Terminated> found = history.terminatedSince("AK1", T0.minusSeconds(1));
            assertEquals(1, found.size());
            assertEquals(view("i-0123456789abcdef0"), found.get(0).lastView());
            assertEquals(T0, found.get(0).terminatedAt());
            assertTrue(history.terminatedSince("AK1", T0.plusSeconds(1)).isEmpty());
            assertTrue(history.terminatedSince("AK2", T0.minusSeconds(1)).isEmpty());
        }
    }

    @Test
    void remembersTheReservationAndLaunchIndexOfEachLaunchedInstance() {
        try (AccountStore store = open()) {
            store.instanceHistory().launched("AK1", "r-0123456789abcdef0", "tok", List.of("i-a", "i-b"), T0);
            Map<String, InstanceHistory.Launch> launches =
                    store.instanceHistory().launchesOf("AK1", List.of("i-b", "i-c"));
            assertEquals(Map.of("i-b", new InstanceHistory.Launch("r-0123456789abcdef0", 1, "tok")), launches);
        }
    }

    @Test
    void aClientTokenReturnsItsReservationForTheSameParametersOnly() {
        try (AccountStore store = open()) {
            var tokens = store.clientTokens();
            Reservation reservation = new Reservation("r-0123456789abcdef0", "ec2user", List.of(),
                    List.of(view("i-0123456789abcdef0")));
            assertEquals(Optional.empty(), tokens.claim("AK1", "t1", "params-a"));
            tokens.complete("AK1", "t1", reservation);
            assertEquals(Optional.of(reservation), tokens.claim("AK1", "t1", "params-a"));
            Ec2Exception mismatch = assertThrows(Ec2Exception.class, () -> tokens.claim("AK1", "t1", "params-b"));
            assertEquals("IdempotentParameterMismatch", mismatch.code());
            assertEquals(Optional.empty(), tokens.claim("AK2", "t1", "params-b"));
        }
    }

    @Test
    void aConcurrentCopyWaitsForTheFirstAnswerAndAReleasedTokenMayBeClaimedAgain() {
        try (AccountStore store = open()) {
            var tokens = store.clientTokens();
            Reservation reservation = new Reservation("r-0123456789abcdef0", "ec2user", List.of(), List.of());
            assertEquals(Optional.empty(), tokens.claim("AK1", "t2", "p"));
            CompletableFuture<Optional<Reservation>> copy = CompletableFuture.supplyAsync(
                    () -> tokens.claim("AK1", "t2", "p"));
            tokens.complete("AK1", "t2", reservation);
            assertEquals(Optional.of(reservation), copy.join());

            assertEquals(Optional.empty(), tokens.claim("AK1", "t3", "p"));
            tokens.release("AK1", "t3");
            assertEquals(Optional.empty(), tokens.claim("AK1", "t3", "p"));
        }
    }
}
