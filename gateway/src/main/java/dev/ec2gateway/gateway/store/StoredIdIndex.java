package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.IdIndex;
import dev.ec2gateway.ec2.Ec2Ids;
import java.time.Clock;
import java.util.Optional;

/**
 * EC2 id → CloudStack UUID, remembered whenever the gateway sees an object. A cache: what it forgets
 * can be found again by listing the caller's resources and hashing their UUIDs.
 */
public final class StoredIdIndex implements IdIndex {
    private final Database database;
    private final Clock clock;

    StoredIdIndex(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records (or refreshes) that {@code ec2Id} names the CloudStack object {@code uuid} of this kind. */
    @Override
    public void remember(String ec2Id, Ec2Ids.Kind kind, String uuid) {
        remember(ec2Id, kind.name(), uuid);
    }

    void remember(String ec2Id, String kind, String uuid) {
        var now = clock.instant();
        database.upsert(
                "UPDATE id_index SET kind = ?, cloudstack_uuid = ?, seen_at = ? WHERE ec2_id = ?",
                new Object[] {kind, uuid, now, ec2Id},
                "INSERT INTO id_index (ec2_id, kind, cloudstack_uuid, seen_at) VALUES (?, ?, ?, ?)",
                new Object[] {ec2Id, kind, uuid, now});
    }

    /** The CloudStack UUID behind an EC2 id, if it has been seen. */
    @Override
    public Optional<String> uuidOf(String ec2Id) {
        return database.query("SELECT cloudstack_uuid FROM id_index WHERE ec2_id = ?",
                row -> row.getString(1), ec2Id).stream().findFirst();
    }
}
