package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.instances.Instance;
import dev.ec2gateway.actions.instances.InstanceHistory;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The instance history kept in the account store, shared by every gateway node on the same database. */
public final class StoredInstanceHistory implements InstanceHistory {
    private final Database database;

    StoredInstanceHistory(Database database) {
        this.database = database;
    }

    @Override
    public void launched(String accessKey, String reservationId, String clientToken, List<String> instanceIds,
                         Instant at) {
        for (int i = 0; i < instanceIds.size(); i++) {
            database.update("INSERT INTO instance_launches (access_key, instance_id, reservation_id, launch_index,"
                            + " client_token, launched_at) VALUES (?, ?, ?, ?, ?, ?)",
                    accessKey, instanceIds.get(i), reservationId, i, clientToken, at);
        }
    }

    @Override
    public Map<String, Launch> launchesOf(String accessKey, Collection<String> instanceIds) {
        Set<String> wanted = Set.copyOf(instanceIds);
        Map<String, Launch> found = new HashMap<>();
        // One query per caller rather than an IN list of unbounded length.
        database.query("SELECT instance_id, reservation_id, launch_index, client_token FROM instance_launches"
                        + " WHERE access_key = ?",
                row -> {
                    String id = row.getString("instance_id");
                    if (wanted.contains(id)) {
                        found.put(id, new Launch(row.getString("reservation_id"), row.getInt("launch_index"),
                                row.getString("client_token")));
                    }
                    return id;
                }, accessKey);
        return found;
    }

    @Override
    public void terminating(String accessKey, Terminated instance) {
        String view = InstanceJson.write(instance.lastView());
        String instanceId = instance.lastView().instanceId();
        database.upsert(
                "UPDATE terminated_instances SET cloudstack_uuid = ?, owner_id = ?, last_view = ?, terminated_at = ?"
                        + " WHERE access_key = ? AND instance_id = ?",
                new Object[] {instance.cloudStackUuid(), instance.ownerId(), view, instance.terminatedAt(), accessKey,
                        instanceId},
                "INSERT INTO terminated_instances (access_key, instance_id, cloudstack_uuid, owner_id, last_view,"
                        + " terminated_at) VALUES (?, ?, ?, ?, ?, ?)",
                new Object[] {accessKey, instanceId, instance.cloudStackUuid(), instance.ownerId(), view,
                        instance.terminatedAt()});
    }

    @Override
    public List<Terminated> terminatedSince(String accessKey, Instant since) {
        return database.query("SELECT cloudstack_uuid, owner_id, last_view, terminated_at FROM terminated_instances"
                        + " WHERE access_key = ? AND terminated_at >= ? ORDER BY terminated_at",
                row -> new Terminated(row.getString("cloudstack_uuid"), row.getString("owner_id"),
                        InstanceJson.read(row.getString("last_view"), Instance.class),
                        Database.instant(row, "terminated_at")),
                accessKey, since);
    }
}
