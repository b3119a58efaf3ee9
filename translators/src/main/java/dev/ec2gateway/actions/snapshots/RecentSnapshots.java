package dev.ec2gateway.actions.snapshots;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Snapshots this gateway node asked for, by caller, until CloudStack lists them. Some CloudStack set-ups
 * list a snapshot only once its job has run; EC2 shows it pending at once, and the snapshot_completed
 * waiter gives up on NotFound. While the job still runs, such a snapshot is answered from here.
 */
final class RecentSnapshots {
    private static final Duration KEEP = Duration.ofHours(1);

    record Recent(Snapshot answer, String jobId) {
    }

    /** The status of a job, read without waiting. */
    record CsJobStatus(Integer jobstatus) {
    }

    private final Map<String, Recent> byCallerAndUuid = new ConcurrentHashMap<>();

    void add(String accessKey, String uuid, Recent recent) {
        byCallerAndUuid.put(accessKey + " " + uuid, recent);
    }

    void listed(String accessKey, String uuid) {
        byCallerAndUuid.remove(accessKey + " " + uuid);
    }

    /** The snapshot as first answered, if this caller made it here within the last hour and it is not listed yet. */
    Optional<Recent> of(String accessKey, String uuid, Instant now) {
        Recent recent = byCallerAndUuid.get(accessKey + " " + uuid);
        if (recent != null && recent.answer().startTime().plus(KEEP).isBefore(now)) {
            listed(accessKey, uuid);
            return Optional.empty();
        }
        return Optional.ofNullable(recent);
    }

    /** Whether its job still runs, asked without waiting. */
    static boolean stillRunning(Recent recent, CloudStack cloudStack) {
        CsJobStatus status = cloudStack.read(Command.of("queryAsyncJobResult").with("jobid", recent.jobId()),
                CsJobStatus.class);
        return status.jobstatus() != null && status.jobstatus() == 0;
    }
}
