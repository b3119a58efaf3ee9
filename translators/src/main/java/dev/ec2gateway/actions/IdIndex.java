package dev.ec2gateway.actions;

import dev.ec2gateway.ec2.Ec2Ids;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EC2 id → CloudStack UUID (the account store keeps it). A cache: whatever it lacks is found again by
 * listing the caller's resources and hashing their UUIDs, which {@link ResourceIds} does.
 */
public interface IdIndex {
    void remember(String ec2Id, Ec2Ids.Kind kind, String uuid);

    Optional<String> uuidOf(String ec2Id);

    /** An index in memory only (tests, and a gateway that may forget on restart). */
    static IdIndex inMemory() {
        Map<String, String> ids = new ConcurrentHashMap<>();
        return new IdIndex() {
            @Override
            public void remember(String ec2Id, Ec2Ids.Kind kind, String uuid) {
                ids.put(ec2Id, uuid);
            }

            @Override
            public Optional<String> uuidOf(String ec2Id) {
                return Optional.ofNullable(ids.get(ec2Id));
            }
        };
    }
}
