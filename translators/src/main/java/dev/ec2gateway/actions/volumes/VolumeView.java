package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.actions.CloudStackTimes;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CloudStack volume seen as an EC2 volume. Ready (or Allocated, not yet on storage) is available, or
 * in-use when a VM holds it; Creating and the copy/upload states are creating; Destroy and Expunging are
 * deleting; Error is error. A running attach or detach job shows in the attachment's status.
 */
final class VolumeView {
    private static final long GIB = 1024L * 1024 * 1024;

    /** Which volume job runs on it, if any, as far as the gateway can tell. */
    enum RunningJob { NONE, CREATE, ATTACH, DETACH }

    private VolumeView() {
    }

    static Volume of(CsVolume volume, RunningJob job, Optional<PendingAttachments.Pending> pending) {
        String volumeId = Ec2Ids.of(Kind.VOLUME, volume.id());
        List<VolumeAttachment> attachments = List.of();
        String status = status(volume.state());
        if (volume.virtualmachineid() != null) {
            String attachmentStatus = job == RunningJob.DETACH ? "detaching"
                    : job == RunningJob.ATTACH ? "attaching" : "attached";
            attachments = List.of(new VolumeAttachment(volumeId, Ec2Ids.of(Kind.INSTANCE, volume.virtualmachineid()),
                    DeviceNames.nameOf(volume.deviceid()), attachmentStatus, CloudStackTimes.parse(volume.attached()),
                    volume.root()));
        } else if (job == RunningJob.ATTACH && pending.isPresent()) {
            PendingAttachments.Pending attach = pending.get();
            attachments = List.of(new VolumeAttachment(volumeId, Ec2Ids.of(Kind.INSTANCE, attach.instanceUuid()),
                    DeviceNames.nameOf(attach.deviceId()), "attaching", attach.requested(), false));
        }
        if (status.equals("available") && !attachments.isEmpty()) {
            status = "in-use";
        }
        if (job == RunningJob.CREATE) {
            status = "creating";
        }
        return new Volume(volumeId, gib(volume.size()), null, volume.zonename(), status,
                CloudStackTimes.parse(volume.created()), attachments, Tags.fromCloudStack(volume.tags()), "standard",
                false, false);
    }

    static String status(String state) {
        if (state == null) {
            return "available";
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "creating", "allocating", "copying", "uploadop", "notuploaded", "uploadinprogress", "uploaded" ->
                    "creating";
            case "destroy", "expunging", "expunged" -> "deleting";
            case "error", "uploaderror", "uploadabandoned" -> "error";
            default -> "available";
        };
    }

    static RunningJob jobOf(String cmd) {
        if (cmd == null) {
            return RunningJob.NONE;
        }
        if (cmd.endsWith(".CreateVolumeCmd")) {
            return RunningJob.CREATE;
        }
        if (cmd.endsWith(".AttachVolumeCmd")) {
            return RunningJob.ATTACH;
        }
        return cmd.endsWith(".DetachVolumeCmd") ? RunningJob.DETACH : RunningJob.NONE;
    }

    /** EC2 sizes are whole GiB; CloudStack's are bytes. */
    static Integer gib(Long bytes) {
        return bytes == null ? null : (int) ((bytes + GIB - 1) / GIB);
    }
}
