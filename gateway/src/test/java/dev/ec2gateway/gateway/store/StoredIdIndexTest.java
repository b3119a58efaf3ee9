package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredIdIndexTest {
    @TempDir
    Path dataDir;

    private AccountStore open() {
        return AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())));
    }

    @Test
    void findsTheUuidOfARememberedId() {
        try (AccountStore store = open()) {
            store.idIndex().remember("i-0123456789abcdef0", "instance", "fc9ecd1a-3412-4f4c-bbb3-8d5de1bee622");

            assertEquals(Optional.of("fc9ecd1a-3412-4f4c-bbb3-8d5de1bee622"),
                    store.idIndex().uuidOf("i-0123456789abcdef0"));
        }
    }

    @Test
    void knowsNothingOfAnIdNeverSeen() {
        try (AccountStore store = open()) {
            assertTrue(store.idIndex().uuidOf("vol-0123456789abcdef0").isEmpty());
        }
    }

    @Test
    void keepsTheLatestSightingOfAnId() {
        try (AccountStore store = open()) {
            store.idIndex().remember("ami-0123456789abcdef0", "image", "uuid-1");
            store.idIndex().remember("ami-0123456789abcdef0", "image", "uuid-2");

            assertEquals(Optional.of("uuid-2"), store.idIndex().uuidOf("ami-0123456789abcdef0"));
        }
    }

    @Test
    void remembersIdsAcrossReopening() {
        try (AccountStore store = open()) {
            store.idIndex().remember("snap-0123456789abcdef0", "snapshot", "uuid-s");
        }
        try (AccountStore store = open()) {
            assertEquals(Optional.of("uuid-s"), store.idIndex().uuidOf("snap-0123456789abcdef0"));
        }
    }
}
