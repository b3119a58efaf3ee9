package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageLedgerTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-02");

    @TempDir
    Path dataDir;

    @Test
    void countsOfTheSameKindAddUpAndOthersStayApart() {
        try (AccountStore store = AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())))) {
            UsageLedger ledger = store.usage();
            ledger.add(List.of(new UsageCount(DAY, "AK1", "RunInstances", "ok", 3)));
            ledger.add(List.of(new UsageCount(DAY, "AK1", "RunInstances", "ok", 4),
                    new UsageCount(DAY.plusDays(1), "AK1", "RunInstances", "ok", 1),
                    new UsageCount(DAY, "AK2", "RunInstances", "InvalidAMIID.NotFound", 1)));

            assertEquals(List.of(new UsageCount(DAY, "AK1", "RunInstances", "ok", 7)),
                    ledger.list(Optional.of("AK1"), DAY, DAY));
            assertEquals(3, ledger.list(Optional.empty(), DAY, DAY.plusDays(1)).size());
        }
    }
}
