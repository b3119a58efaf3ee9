package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.instances.InstanceTypeMappingStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Instance type → compute offering mappings kept in the account store, shared by every gateway node. */
public final class StoredInstanceTypeMappings implements InstanceTypeMappingStore {
    private final Database database;
    private final Clock clock;

    StoredInstanceTypeMappings(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every mapping, by instance type. */
    @Override
    public Map<String, String> all() {
        Map<String, String> mappings = new LinkedHashMap<>();
        database.query("SELECT instance_type, offering FROM instance_type_mappings ORDER BY instance_type",
                row -> mappings.put(row.getString("instance_type"), row.getString("offering")));
        return mappings;
    }

    /** Maps (or re-maps) an instance type to an offering, given by name or id. */
    @Override
    public void map(String instanceType, String offering) {
        var now = clock.instant();
        database.upsert("UPDATE instance_type_mappings SET offering = ?, mapped_at = ? WHERE instance_type = ?",
                new Object[] {offering, now, instanceType},
                "INSERT INTO instance_type_mappings (instance_type, offering, mapped_at) VALUES (?, ?, ?)",
                new Object[] {instanceType, offering, now});
    }

    /** Removes a mapping; false when the type was not mapped. */
    @Override
    public boolean unmap(String instanceType) {
        return database.update("DELETE FROM instance_type_mappings WHERE instance_type = ?", instanceType) > 0;
    }
}
