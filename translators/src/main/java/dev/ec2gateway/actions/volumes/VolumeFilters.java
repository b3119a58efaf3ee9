package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.FilterSpec;
import java.time.format.DateTimeFormatter;

/** The filters of DescribeVolumes. */
final class VolumeFilters {
    static final FilterSpec<Volume> SPEC = FilterSpec.<Volume>builder()
            .field("volume-id", Volume::volumeId)
            .field("status", Volume::status)
            .field("size", Volume::size)
            .field("availability-zone", Volume::availabilityZone)
            .field("volume-type", Volume::volumeType)
            .field("snapshot-id", Volume::snapshotId)
            .field("encrypted", Volume::encrypted)
            .field("multi-attach-enabled", Volume::multiAttachEnabled)
            .field("create-time", v -> v.createTime() == null ? null : DateTimeFormatter.ISO_INSTANT.format(v.createTime()))
            .multi("attachment.instance-id", v -> v.attachmentSet().stream().map(VolumeAttachment::instanceId).toList())
            .multi("attachment.status", v -> v.attachmentSet().stream().map(VolumeAttachment::status).toList())
            .multi("attachment.device", v -> v.attachmentSet().stream().map(VolumeAttachment::device).toList())
            .multi("attachment.delete-on-termination", v -> v.attachmentSet().stream()
                    .map(a -> String.valueOf(a.deleteOnTermination())).toList())
            .multi("attachment.attach-time", v -> v.attachmentSet().stream()
                    .map(a -> a.attachTime() == null ? null : DateTimeFormatter.ISO_INSTANT.format(a.attachTime()))
                    .toList())
            .tags(Volume::tagSet)
            .build();

    private VolumeFilters() {
    }
}
