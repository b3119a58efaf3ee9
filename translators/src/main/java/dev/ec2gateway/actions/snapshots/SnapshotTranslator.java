package dev.ec2gateway.actions.snapshots;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.CloudStackTimes;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.actions.tags.CallersResources;
import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.FilterSpec;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CreateSnapshot, DeleteSnapshot and DescribeSnapshots on CloudStack's volume snapshots. CreateSnapshot
 * answers pending at 0% as soon as CloudStack has accepted the job; CloudStack reports no progress, so a
 * snapshot stays at 0% until it is BackedUp and then shows 100%. EC2's Description travels as the
 * snapshot's CloudStack name (CloudStack keeps no description).
 */
public final class SnapshotTranslator {
    private static final long GIB = 1024L * 1024 * 1024;
    private static final FilterSpec<Snapshot> FILTERS = FilterSpec.<Snapshot>builder()
            .field("snapshot-id", Snapshot::snapshotId)
            .field("volume-id", Snapshot::volumeId)
            .field("status", Snapshot::status)
            .field("owner-id", Snapshot::ownerId)
            .field("description", Snapshot::description)
            .field("volume-size", Snapshot::volumeSize)
            .field("progress", Snapshot::progress)
            .field("encrypted", Snapshot::encrypted)
            .field("start-time", s -> s.startTime() == null ? null : DateTimeFormatter.ISO_INSTANT.format(s.startTime()))
            .tags(Snapshot::tagSet)
            .build();

    private final ResourceIds ids;
    private final Clock clock;
    private final RecentSnapshots recent = new RecentSnapshots();

    public SnapshotTranslator(ResourceIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    public Snapshot createSnapshot(CreateSnapshotRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        String volumeUuid = ids.uuidOf(Kind.VOLUME, request.volumeId(), CallersResources.of(Kind.VOLUME, cloudStack));
        CsSourceVolume volume = cloudStack.list(Command.of("listVolumes").with("id", volumeUuid), "volume",
                CsSourceVolume.class).stream().findFirst()
                .orElseThrow(() -> Ec2Ids.notFound(Kind.VOLUME, request.volumeId()));
        AsyncJob job;
        try {
            job = cloudStack.submit(Command.of("createSnapshot").with("volumeid", volumeUuid)
                    .with("name", request.description()));
        } catch (CloudStackException e) {
            // A volume never attached has no storage yet: CloudStack refuses it with a plain 431.
            if (e.errorCode() == 431 && !"Ready".equalsIgnoreCase(volume.state())) {
                throw Ec2Error.INCORRECT_STATE.with("Volume '" + request.volumeId() + "' is in the '"
                        + volume.state() + "' state in CloudStack and holds no data to snapshot yet.");
            }
            throw e;
        }
        String snapshotId = ids.remember(Kind.SNAPSHOT, job.objectId());
        Snapshot answer = new Snapshot(snapshotId, request.volumeId(), "pending", clock.instant(), "0%",
                volume.account(), gib(volume.size()), request.description(), List.of(), false);
        recent.add(context.accessKey(), job.objectId(), new RecentSnapshots.Recent(answer, job.jobId()));
        return answer;
    }

    /** Answers once CloudStack has accepted the delete job, as EC2 answers at once. */
    public DeleteSnapshotResult deleteSnapshot(DeleteSnapshotRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        String uuid = ids.uuidOf(Kind.SNAPSHOT, request.snapshotId(), CallersResources.of(Kind.SNAPSHOT, cloudStack));
        try {
            cloudStack.submit(Command.of("deleteSnapshot").with("id", uuid));
        } catch (CloudStackException e) {
            // The id index is shared by all callers: another account's snapshot is refused with 531.
            if (e.errorCode() == 531) {
                throw Ec2Ids.notFound(Kind.SNAPSHOT, request.snapshotId());
            }
            throw e;
        }
        return new DeleteSnapshotResult(true);
    }

    public DescribeSnapshotsResult describeSnapshots(DescribeSnapshotsRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        if (!request.snapshotIds().isEmpty() && request.maxResults() != null) {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with(
                    "The parameter snapshotSet cannot be used with the parameter maxResults");
        }
        Map<String, String> wanted = request.snapshotIds().isEmpty() ? Map.of()
                : ids.uuidsOf(Kind.SNAPSHOT, request.snapshotIds(), CallersResources.of(Kind.SNAPSHOT, cloudStack));
        Command list = Command.of("listSnapshots");
        if (wanted.size() == 1) {
            list = list.with("id", wanted.values().iterator().next());
        }
        List<CsSnapshot> found;
        try {
            found = cloudStack.list(list, "snapshot", CsSnapshot.class);
        } catch (CloudStackException e) {
            // CloudStack does not know the id (yet, or any more): 431 "entity does not exist".
            if (wanted.size() != 1 || e.errorCode() != 431) {
                throw e;
            }
            found = List.of();
        }
        found = found.stream().filter(s -> !"Destroyed".equalsIgnoreCase(s.state())).toList();
        found.forEach(s -> recent.listed(context.accessKey(), s.id()));
        List<Snapshot> snapshots = new ArrayList<>(found.stream().map(SnapshotTranslator::toSnapshot).toList());
        if (!wanted.isEmpty()) {
            List<CsSnapshot> listed = found;
            snapshots.removeIf(s -> !wanted.containsKey(s.snapshotId()));
            for (Map.Entry<String, String> entry : wanted.entrySet()) {
                if (listed.stream().noneMatch(s -> s.id().equals(entry.getValue()))) {
                    snapshots.add(notYetListed(entry.getKey(), entry.getValue(), context));
                }
            }
        }
        List<Snapshot> selected = snapshots.stream()
                .filter(s -> request.owners().isEmpty()
                        || request.owners().stream().anyMatch(o -> o.equals("self") || o.equals(s.ownerId())))
                .filter(FILTERS.predicate(request.filters()))
                .toList();
        Page<Snapshot> page = Page.of(selected, request.maxResults(), request.nextToken(), 5, 1000);
        return new DescribeSnapshotsResult(page.items(), page.nextToken());
    }

    /** A snapshot made here that CloudStack did not list: pending while its job runs, else as listed now. */
    private Snapshot notYetListed(String snapshotId, String uuid, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        RecentSnapshots.Recent made = recent.of(context.accessKey(), uuid, clock.instant())
                .orElseThrow(() -> Ec2Ids.notFound(Kind.SNAPSHOT, snapshotId));
        if (RecentSnapshots.stillRunning(made, cloudStack)) {
            return made.answer();
        }
        recent.listed(context.accessKey(), uuid);
        // The job ended after the listing: look once more.
        return cloudStack.list(Command.of("listSnapshots").with("id", uuid), "snapshot", CsSnapshot.class).stream()
                .filter(s -> uuid.equals(s.id()))
                .map(SnapshotTranslator::toSnapshot)
                .findFirst()
                .orElseThrow(() -> Ec2Ids.notFound(Kind.SNAPSHOT, snapshotId));
    }

    private static Snapshot toSnapshot(CsSnapshot snapshot) {
        String state = snapshot.state() == null ? "" : snapshot.state();
        boolean done = state.equalsIgnoreCase("BackedUp");
        String status = done ? "completed" : state.equalsIgnoreCase("Error") ? "error" : "pending";
        return new Snapshot(Ec2Ids.of(Kind.SNAPSHOT, snapshot.id()),
                snapshot.volumeid() == null ? null : Ec2Ids.of(Kind.VOLUME, snapshot.volumeid()), status,
                CloudStackTimes.parse(snapshot.created()), done ? "100%" : "0%", snapshot.account(),
                gib(snapshot.virtualsize()), snapshot.name(), Tags.fromCloudStack(snapshot.tags()), false);
    }

    private static Integer gib(Long bytes) {
        return bytes == null ? null : (int) ((bytes + GIB - 1) / GIB);
    }
}
