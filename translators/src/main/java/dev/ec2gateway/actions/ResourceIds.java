package dev.ec2gateway.actions;

import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns EC2 ids back into CloudStack UUIDs. The forward direction is {@link Ec2Ids#of}, a pure hash;
 * the way back asks the id index first and, on a miss, lists the caller's resources of that kind,
 * hashes their UUIDs and remembers them all. A malformed id is {@code Invalid…ID.Malformed}; an id
 * the caller cannot see is {@code Invalid…ID.NotFound}.
 */
public final class ResourceIds {
    private final IdIndex index;

    public ResourceIds(IdIndex index) {
        this.index = index;
    }

    /** The EC2 id of a new object, remembered so that later calls find it without listing. */
    public String remember(Kind kind, String uuid) {
        String ec2Id = Ec2Ids.of(kind, uuid);
        index.remember(ec2Id, kind, uuid);
        return ec2Id;
    }

    /** The UUID behind one EC2 id; {@code callersUuids} lists the UUIDs of the caller's objects of the kind. */
    public String uuidOf(Kind kind, String ec2Id, Supplier<? extends Collection<String>> callersUuids) {
        return uuidsOf(kind, List.of(ec2Id), callersUuids).get(ec2Id);
    }

    /** The UUIDs behind several EC2 ids of one kind, in their order; one listing at most for all misses. */
    public Map<String, String> uuidsOf(Kind kind, List<String> ec2Ids,
                                       Supplier<? extends Collection<String>> callersUuids) {
        Map<String, String> found = new LinkedHashMap<>();
        boolean missing = false;
        for (String ec2Id : ec2Ids) {
            Ec2Ids.requireWellFormed(kind, ec2Id);
            String uuid = index.uuidOf(ec2Id).orElse(null);
            found.put(ec2Id, uuid);
            missing |= uuid == null;
        }
        if (missing) {
            Map<String, String> listed = new LinkedHashMap<>();
            for (String uuid : callersUuids.get()) {
                listed.put(remember(kind, uuid), uuid);
            }
            for (Map.Entry<String, String> entry : found.entrySet()) {
                if (entry.getValue() == null) {
                    String uuid = listed.get(entry.getKey());
                    if (uuid == null) {
                        throw Ec2Ids.notFound(kind, entry.getKey());
                    }
                    entry.setValue(uuid);
                }
            }
        }
        return found;
    }
}
