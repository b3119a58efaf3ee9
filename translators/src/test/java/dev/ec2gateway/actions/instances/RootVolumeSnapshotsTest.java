package dev.ec2gateway.actions.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ec2gateway.actions.instances.CsCatalog.CsVolume;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RootVolumeSnapshotsTest {
    private static final RootVolumeSnapshots.Kept ROOTS = new RootVolumeSnapshots.Kept(Map.of("vm-1",
            new CsVolume("root-1", "vm-1", "ROOT", "2026-11-24T05:33:18+0000", "Ready")), Set.of("vm-2"));
    private static final RootVolumeSnapshots.Kept NONE = new RootVolumeSnapshots.Kept(Map.of(), Set.of());

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RootVolumeSnapshots snapshots = new RootVolumeSnapshots(clock);

    @Test
    void keepsTheVolumesForTheWalkOfTheCallerThatListedThem() {
        snapshots.put("AKIA1", "walk-a", ROOTS);

        assertEquals(ROOTS, snapshots.get("AKIA1", "walk-a"));
        assertNull(snapshots.get("AKIA1", "walk-b"));
        assertNull(snapshots.get("AKIA2", "walk-a"));
    }

    @Test
    void aNewWalkOfTheSameCallerReplacesTheLastOne() {
        snapshots.put("AKIA1", "walk-a", ROOTS);
        snapshots.put("AKIA1", "walk-b", NONE);

        assertNull(snapshots.get("AKIA1", "walk-a"));
        assertEquals(NONE, snapshots.get("AKIA1", "walk-b"));
    }

    @Test
    void forgetsThemOnceTheirTimeIsUp() {
        snapshots.put("AKIA1", "walk-a", ROOTS);
        now = now.plus(RootVolumeSnapshots.KEPT);
        assertEquals(ROOTS, snapshots.get("AKIA1", "walk-a"));

        now = now.plusSeconds(1);
        assertNull(snapshots.get("AKIA1", "walk-a"));
    }

    @Test
    void keepsAtMostTheLatestCallers() {
        for (int i = 0; i <= RootVolumeSnapshots.MAX_CALLERS; i++) {
            snapshots.put("AKIA" + i, "walk", ROOTS);
        }

        assertNull(snapshots.get("AKIA0", "walk"));
        assertEquals(ROOTS, snapshots.get("AKIA1", "walk"));
    }
}
