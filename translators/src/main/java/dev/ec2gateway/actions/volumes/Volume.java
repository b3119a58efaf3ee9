package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Tag;
import java.time.Instant;
import java.util.List;

/**
 * An EBS volume as EC2 shows it: CreateVolume's answer and an item of DescribeVolumes, its components in
 * the order of EC2's WSDL (tagSet before volumeType).
 */
public record Volume(
        String volumeId, Integer size, String snapshotId, String availabilityZone, String status,
        Instant createTime, List<VolumeAttachment> attachmentSet, List<Tag> tagSet, String volumeType,
        Boolean encrypted, Boolean multiAttachEnabled) {
}
