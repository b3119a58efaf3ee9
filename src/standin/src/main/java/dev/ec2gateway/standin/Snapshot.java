package dev.ec2gateway.standin;

import java.time.Instant;

/** A volume snapshot; the simulator backs it up at once. */
record Snapshot(String id, String name, Account owner, Volume volume, Zone zone, Instant created)
        implements Owned {
}
