package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.CloudStackTimes;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.actions.TokenClaims;
import dev.ec2gateway.actions.tags.CallersResources;
import dev.ec2gateway.actions.zones.AvailabilityZoneTranslator;
import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Tag;
import dev.ec2gateway.ec2.TagSpecification;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CreateVolume, DeleteVolume, AttachVolume, DetachVolume and DescribeVolumes on CloudStack's data volumes.
 * Create, attach and detach answer as soon as CloudStack has accepted the job (creating, attaching,
 * detaching), as EC2 does; DescribeVolumes shows them moving on.
 */
public final class VolumeTranslator {
    private static final int MAX_GIB = 16384;
    private static final int MAX_TOKEN_LENGTH = 64;

    private final ResourceIds ids;
    private final DiskOfferingRule offerings;
    private final Clock clock;
    private final TokenClaims<Volume> tokens;
    private final PendingAttachments pending = new PendingAttachments();

    /**
     * @param diskOffering the disk offering new volumes come from (setting volume.disk.offering); empty: the rule
     * @param tokens       CreateVolume's client tokens and the volumes they answered
     */
    public VolumeTranslator(ResourceIds ids, String diskOffering, TokenClaims<Volume> tokens, Clock clock) {
        this.ids = ids;
        this.offerings = new DiskOfferingRule(diskOffering);
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A repeat with the same ClientToken and parameters answers the first request's volume, creating nothing. */
    public Volume createVolume(CreateVolumeRequest request, CallContext context) {
        String token = request.clientToken() == null || request.clientToken().isEmpty() ? null : request.clientToken();
        if (token == null) {
            return create(request, context);
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("ClientToken may be at most " + MAX_TOKEN_LENGTH
                    + " characters long.");
        }
        Optional<Volume> earlier = tokens.claim(context.accessKey(), token, request.fingerprint());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            Volume volume = create(request, context);
            tokens.complete(context.accessKey(), token, volume);
            return volume;
        } catch (RuntimeException e) {
            tokens.release(context.accessKey(), token);
            throw e;
        }
    }

    private Volume create(CreateVolumeRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        List<Tag> tags = volumeTags(request.tagSpecifications());
        if (request.size() == null && request.snapshotId() == null) {
            throw Ec2Error.MISSING_PARAMETER.with("Size");
        }
        if (request.size() != null && (request.size() < 1 || request.size() > MAX_GIB)) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Volume of " + request.size()
                    + " GiB is too large or too small; the size must be 1 to " + MAX_GIB + " GiB.");
        }
        if (Boolean.TRUE.equals(request.encrypted())) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Encrypted volumes are not available in this cloud.");
        }
        String zoneName = request.availabilityZone();
        if (zoneName == null && request.snapshotId() == null) {
            throw Ec2Error.MISSING_PARAMETER.with("AvailabilityZone");
        }
        Command create = Command.of("createVolume");
        if (request.availabilityZone() != null) {
            create = create.with("zoneid", AvailabilityZoneTranslator.zoneIdOf(cloudStack, request.availabilityZone())
                    .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with(
                            "Invalid availability zone: [" + request.availabilityZone() + "]")));
        }
        Integer size = request.size();
        if (request.snapshotId() != null) {
            String snapshotUuid = ids.uuidOf(Kind.SNAPSHOT, request.snapshotId(),
                    CallersResources.of(Kind.SNAPSHOT, cloudStack));
            CsSnapshotOrigin snapshot = cloudStack.list(Command.of("listSnapshots").with("id", snapshotUuid),
                    "snapshot", CsSnapshotOrigin.class).stream().findFirst()
                    .orElseThrow(() -> Ec2Ids.notFound(Kind.SNAPSHOT, request.snapshotId()));
            Integer snapshotSize = VolumeView.gib(snapshot.virtualsize());
            if (size != null && snapshotSize != null && size < snapshotSize) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with("The volume size (" + size + " GiB) must be at least "
                        + "the snapshot's size (" + snapshotSize + " GiB).");
            }
            // CloudStack makes a volume from a snapshot at the snapshot's size.
            size = snapshotSize;
            zoneName = zoneName == null ? snapshot.zonename() : zoneName;
            create = create.with("snapshotid", snapshotUuid);
        } else {
            create = create.with("diskofferingid", offerings.offeringId(cloudStack)).with("size", size);
        }
        create = create.with("name", tags.stream().filter(t -> t.key().equals("Name")).map(Tag::value)
                .filter(v -> v != null && !v.isEmpty()).findFirst().orElse(null));
        AsyncJob job = cloudStack.submit(create);
        String volumeId = ids.remember(Kind.VOLUME, job.objectId());
        if (!tags.isEmpty()) {
            // The volume exists (Allocated) as soon as the job is accepted, so it can be tagged now.
            cloudStack.submit(Tags.createTags("Volume", List.of(job.objectId()), tags));
        }
        return new Volume(volumeId, size, request.snapshotId(), zoneName, "creating", clock.instant(), List.of(),
                tags, "standard", false, false);
    }

    public DeleteVolumeResult deleteVolume(DeleteVolumeRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        String uuid = volumeUuid(request.volumeId(), cloudStack);
        try {
            cloudStack.get(Command.of("deleteVolume").with("id", uuid), "success", Boolean.class);
        } catch (CloudStackException e) {
            // The id index is shared by all callers: another account's volume is refused with 531.
            if (e.errorCode() == 531) {
                throw Ec2Ids.notFound(Kind.VOLUME, request.volumeId());
            }
            // CloudStack refuses an attached volume with a plain 431: tell it apart by looking.
            CsVolume volume = find(cloudStack, uuid).orElse(null);
            if (volume != null && volume.virtualmachineid() != null) {
                throw Ec2Error.VOLUME_IN_USE.with("Volume " + request.volumeId() + " is currently attached to "
                        + Ec2Ids.of(Kind.INSTANCE, volume.virtualmachineid()) + ".");
            }
            throw e;
        }
        return new DeleteVolumeResult(true);
    }

    public VolumeAttachment attachVolume(AttachVolumeRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        int deviceId = DeviceNames.deviceIdOf(request.device());
        String volumeUuid = volumeUuid(request.volumeId(), cloudStack);
        String vmUuid = ids.uuidOf(Kind.INSTANCE, request.instanceId(), CallersResources.of(Kind.INSTANCE, cloudStack));
        CsVolume volume = find(cloudStack, volumeUuid)
                .orElseThrow(() -> Ec2Ids.notFound(Kind.VOLUME, request.volumeId()));
        if (volume.virtualmachineid() != null || volume.root()) {
            throw Ec2Error.VOLUME_IN_USE.with(request.volumeId() + " is already attached to an instance");
        }
        boolean taken = cloudStack.list(Command.of("listVolumes").with("virtualmachineid", vmUuid), "volume",
                CsVolume.class).stream().anyMatch(v -> v.deviceid() != null && v.deviceid() == deviceId);
        if (taken) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Attachment point " + request.device() + " is already in use");
        }
        cloudStack.submit(Command.of("attachVolume").with("id", volumeUuid).with("virtualmachineid", vmUuid)
                .with("deviceid", deviceId));
        PendingAttachments.Pending attach = new PendingAttachments.Pending(vmUuid, deviceId, clock.instant());
        pending.add(volumeUuid, attach);
        return new VolumeAttachment(request.volumeId(), request.instanceId(), request.device(), "attaching",
                attach.requested(), false);
    }

    public VolumeAttachment detachVolume(DetachVolumeRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        String volumeUuid = volumeUuid(request.volumeId(), cloudStack);
        CsVolume volume = find(cloudStack, volumeUuid)
                .orElseThrow(() -> Ec2Ids.notFound(Kind.VOLUME, request.volumeId()));
        if (volume.virtualmachineid() == null) {
            throw Ec2Error.INCORRECT_STATE.with("Volume '" + request.volumeId() + "' is in the 'available' state.");
        }
        String instanceId = Ec2Ids.of(Kind.INSTANCE, volume.virtualmachineid());
        String device = DeviceNames.nameOf(volume.deviceid());
        if (request.instanceId() != null && !request.instanceId().equals(instanceId)
                || request.device() != null && !request.device().equals(device)) {
            throw Ec2Error.INVALID_ATTACHMENT_NOT_FOUND.with("Volume '" + request.volumeId()
                    + "' is not attached to that instance or device.");
        }
        if (volume.root()) {
            throw Ec2Error.INCORRECT_STATE.with("Volume '" + request.volumeId() + "' is the root device of "
                    + instanceId + " and cannot be detached.");
        }
        cloudStack.submit(Command.of("detachVolume").with("id", volumeUuid));
        return new VolumeAttachment(request.volumeId(), instanceId, device, "detaching",
                CloudStackTimes.parse(volume.attached()), false);
    }

    public DescribeVolumesResult describeVolumes(DescribeVolumesRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        if (!request.volumeIds().isEmpty() && request.maxResults() != null) {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with(
                    "The parameter volumeSet cannot be used with the parameter maxResults");
        }
        Map<String, String> wanted = request.volumeIds().isEmpty() ? Map.of()
                : ids.uuidsOf(Kind.VOLUME, request.volumeIds(), CallersResources.of(Kind.VOLUME, cloudStack));
        Command list = Command.of("listVolumes");
        if (wanted.size() == 1) {
            list = list.with("id", wanted.values().iterator().next());
        }
        list = pushDownTag(list, request.filters());
        List<CsVolume> found;
        try {
            found = cloudStack.list(list, "volume", CsVolume.class);
        } catch (CloudStackException e) {
            // A remembered id of a volume CloudStack has since expunged: 431 "entity does not exist".
            if (wanted.size() == 1 && e.errorCode() == 431) {
                throw Ec2Ids.notFound(Kind.VOLUME, request.volumeIds().get(0));
            }
            throw e;
        }
        if (!wanted.isEmpty()) {
            found = found.stream().filter(v -> wanted.containsValue(v.id())).toList();
            for (Map.Entry<String, String> entry : wanted.entrySet()) {
                if (found.stream().noneMatch(v -> v.id().equals(entry.getValue()))) {
                    throw Ec2Ids.notFound(Kind.VOLUME, entry.getKey());
                }
            }
        }
        Map<String, String> runningJobs = found.stream().anyMatch(CsVolume::jobRunning)
                ? cloudStack.list(Command.of("listAsyncJobs"), "asyncjobs", CsJob.class).stream()
                        .filter(j -> j.jobid() != null && j.cmd() != null)
                        .collect(Collectors.toMap(CsJob::jobid, CsJob::cmd, (a, b) -> a))
                : Map.of();
        List<Volume> volumes = found.stream().map(v -> view(v, runningJobs)).toList();
        List<Volume> selected = volumes.stream().filter(VolumeFilters.SPEC.predicate(request.filters())).toList();
        Page<Volume> page = Page.of(selected, request.maxResults(), request.nextToken(), 5, 500);
        return new DescribeVolumesResult(page.items(), page.nextToken());
    }

    private Volume view(CsVolume volume, Map<String, String> runningJobs) {
        if (!volume.jobRunning()) {
            pending.done(volume.id());
            return VolumeView.of(volume, VolumeView.RunningJob.NONE, Optional.empty());
        }
        VolumeView.RunningJob job = VolumeView.jobOf(runningJobs.get(volume.jobid()));
        // A job that ended between listVolumes and listAsyncJobs: keep what this node knows until the next look.
        if (job == VolumeView.RunningJob.NONE && pending.of(volume.id()).isPresent()) {
            job = VolumeView.RunningJob.ATTACH;
        }
        return VolumeView.of(volume, job, pending.of(volume.id()));
    }

    /** CloudStack filters by one tag exactly; the rest stays with the FilterSpec. */
    private static Command pushDownTag(Command list, List<Filter> filters) {
        for (Filter filter : filters) {
            if (filter.name().startsWith("tag:") && filter.values().size() == 1
                    && !filter.values().get(0).matches(".*[*?\\\\].*")) {
                return list.with("tags[0].key", filter.name().substring(4)).with("tags[0].value", filter.values().get(0));
            }
        }
        return list;
    }

    private String volumeUuid(String volumeId, CloudStack cloudStack) {
        return ids.uuidOf(Kind.VOLUME, volumeId, CallersResources.of(Kind.VOLUME, cloudStack));
    }

    /** The volume of this UUID, if CloudStack still shows it to the caller. */
    private static Optional<CsVolume> find(CloudStack cloudStack, String uuid) {
        try {
            return cloudStack.list(Command.of("listVolumes").with("id", uuid), "volume", CsVolume.class).stream()
                    .filter(v -> v.id().equals(uuid)).findFirst();
        } catch (CloudStackException e) {
            if (e.errorCode() == 431) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static List<Tag> volumeTags(List<TagSpecification> specifications) {
        for (TagSpecification specification : specifications) {
            if (!"volume".equals(specification.resourceType())) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with("'" + specification.resourceType()
                        + "' is not a valid taggable resource type for this operation.");
            }
        }
        return specifications.stream().flatMap(s -> s.tags().stream()).toList();
    }
}
