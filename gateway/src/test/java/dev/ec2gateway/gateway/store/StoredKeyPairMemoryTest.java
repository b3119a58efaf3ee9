package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ec2gateway.actions.keypairs.KeyPairMemory.Remembered;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EC2's key pair fingerprints kept in the account store's database. */
class StoredKeyPairMemoryTest {
    private static final Remembered CREATED = new Remembered("2e:68:d3:4f:5e:c6:0e:e8:1c:93", "rsa");
    private static final Remembered IMPORTED = new Remembered("jycyv0xy4/01pwnuazOftaOOHlACI5gI39Z/gzJXApI=", "ed25519");

    @TempDir
    Path dataDir;

    private AccountStore open() {
        return AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())));
    }

    @Test
    void remembersEachCallersFingerprintsAcrossARestartAndForgetsDeletedOnes() {
        try (AccountStore store = open()) {
            store.keyPairMemory().remember("AK1", "uuid-1", CREATED);
            store.keyPairMemory().remember("AK1", "uuid-2", IMPORTED);
            store.keyPairMemory().remember("AK2", "uuid-3", CREATED);
        }
        try (AccountStore store = open()) {
            assertEquals(Map.of("uuid-1", CREATED, "uuid-2", IMPORTED), store.keyPairMemory().of("AK1"));
            store.keyPairMemory().forget("AK1", "uuid-1");
            assertEquals(Map.of("uuid-2", IMPORTED), store.keyPairMemory().of("AK1"));
            assertEquals(Map.of("uuid-3", CREATED), store.keyPairMemory().of("AK2"));
        }
    }

    @Test
    void rememberingTheSameKeyPairAgainReplacesWhatWasKept() {
        try (AccountStore store = open()) {
            store.keyPairMemory().remember("AK1", "uuid-1", CREATED);
            store.keyPairMemory().remember("AK1", "uuid-1", IMPORTED);
            assertEquals(Map.of("uuid-1", IMPORTED), store.keyPairMemory().of("AK1"));
        }
    }
}
