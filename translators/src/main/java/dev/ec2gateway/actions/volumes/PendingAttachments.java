package dev.ec2gateway.actions.volumes;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attachments this gateway node asked for and CloudStack has not finished: while attachVolume runs,
 * CloudStack's volume does not yet name its VM, but EC2 shows the volume in-use, attaching to it. A cache
 * only: another node (or a restart) shows the volume available until the job ends.
 */
final class PendingAttachments {
    record Pending(String instanceUuid, int deviceId, Instant requested) {
    }

    private final Map<String, Pending> byVolume = new ConcurrentHashMap<>();

    void add(String volumeUuid, Pending pending) {
        byVolume.put(volumeUuid, pending);
    }

    Optional<Pending> of(String volumeUuid) {
        return Optional.ofNullable(byVolume.get(volumeUuid));
    }

    void done(String volumeUuid) {
        byVolume.remove(volumeUuid);
    }
}
