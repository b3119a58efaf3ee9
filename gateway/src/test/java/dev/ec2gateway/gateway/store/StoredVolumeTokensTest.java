package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.actions.TokenClaims;
import dev.ec2gateway.actions.volumes.Volume;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.ec2.Tag;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CreateVolume's client tokens in the account store, apart from RunInstances' ones. */
class StoredVolumeTokensTest {
    private static final Volume VOLUME = new Volume("vol-0123456789abcdef0", 5, null, "Sim-Basic", "creating",
            Instant.parse("2026-11-24T05:33:18Z"), List.of(), List.of(new Tag("Name", "d")), "standard", false, false);

    @TempDir
    Path dataDir;

    private AccountStore open() {
        return AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())));
    }

    @Test
    void aTokenAnswersItsVolumeForTheSameParametersOnlyAndSurvivesARestart() {
        try (AccountStore store = open()) {
            TokenClaims<Volume> tokens = store.volumeTokens();
            assertEquals(Optional.empty(), tokens.claim("AK1", "t1", "params-a"));
            tokens.complete("AK1", "t1", VOLUME);
            Ec2Exception mismatch = assertThrows(Ec2Exception.class, () -> tokens.claim("AK1", "t1", "params-b"));
            assertEquals("IdempotentParameterMismatch", mismatch.code());
            assertEquals(Optional.empty(), tokens.claim("AK2", "t1", "params-a"));
        }
        try (AccountStore store = open()) {
            assertEquals(Optional.of(VOLUME), store.volumeTokens().claim("AK1", "t1", "params-a"));
        }
    }

    @Test
    void volumeTokensAndRunInstancesTokensDoNotMeet() {
        try (AccountStore store = open()) {
            assertEquals(Optional.empty(), store.clientTokens().claim("AK1", "shared", "run"));
            assertEquals(Optional.empty(), store.volumeTokens().claim("AK1", "shared", "volume"));
        }
    }

    @Test
    void aReleasedTokenMayBeClaimedAgain() {
        try (AccountStore store = open()) {
            TokenClaims<Volume> tokens = store.volumeTokens();
            assertEquals(Optional.empty(), tokens.claim("AK1", "t2", "p"));
            tokens.release("AK1", "t2");
            assertEquals(Optional.empty(), tokens.claim("AK1", "t2", "p"));
        }
    }
}
