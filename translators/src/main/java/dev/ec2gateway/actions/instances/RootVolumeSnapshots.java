package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.instances.CsCatalog.CsVolume;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ROOT volumes listed on the first page of a DescribeInstances walk with MaxResults, kept for its
 * later pages so that each page lists only its own VMs. One walk per caller (a new walk replaces the
 * caller's last), at most {@value #MAX_CALLERS} callers and {@value #MAX_VOLUMES} volumes in all, each for
 * {@link #KEPT}; a page whose walk is not here (another gateway node, or expired) lists the volumes again.
 */
final class RootVolumeSnapshots {
    static final Duration KEPT = Duration.ofMinutes(5);
    static final int MAX_CALLERS = 64;
    static final int MAX_VOLUMES = 200_000;

    /** The ROOT volumes by VM, and the VMs known to have none listed (looked up already in this walk). */
    record Kept(Map<String, CsVolume> roots, Set<String> without) {
        Kept {
            roots = Map.copyOf(roots);
            without = Set.copyOf(without);
        }

        int size() {
            return roots.size() + without.size();
        }
    }

    private record Snapshot(String walk, Kept kept, Instant taken) {
    }

    private final Clock clock;
    private final LinkedHashMap<String, Snapshot> byCaller = new LinkedHashMap<>(16, 0.75f, true);
    private int volumes;

    RootVolumeSnapshots(Clock clock) {
        this.clock = clock;
    }

    /** The ROOT volumes kept for this walk of this caller; null if none are. */
    synchronized Kept get(String accessKey, String walk) {
        Snapshot snapshot = byCaller.get(accessKey);
        if (snapshot == null || !snapshot.walk().equals(walk)) {
            return null;
        }
        if (snapshot.taken().plus(KEPT).isBefore(clock.instant())) {
            remove(accessKey);
            return null;
        }
        return snapshot.kept();
    }

    /** Keeps these volumes for the caller's walk, in place of what the caller had kept (its time starts anew). */
    synchronized void put(String accessKey, String walk, Kept kept) {
        remove(accessKey);
        byCaller.put(accessKey, new Snapshot(walk, kept, clock.instant()));
        volumes += kept.size();
        Iterator<Map.Entry<String, Snapshot>> eldest = byCaller.entrySet().iterator();
        while ((byCaller.size() > MAX_CALLERS || volumes > MAX_VOLUMES) && eldest.hasNext()) {
            volumes -= eldest.next().getValue().kept().size();
            eldest.remove();
        }
    }

    private void remove(String accessKey) {
        Snapshot gone = byCaller.remove(accessKey);
        if (gone != null) {
            volumes -= gone.kept().size();
        }
    }
}
