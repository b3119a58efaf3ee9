package dev.ec2gateway.actions.snapshots;

import dev.ec2gateway.ec2.Tag;
import java.time.Instant;
import java.util.List;

/**
 * An EBS snapshot as EC2 shows it: CreateSnapshot's answer and an item of DescribeSnapshots, its components
 * in the order of EC2's WSDL (tagSet before the newer encrypted).
 */
public record Snapshot(
        String snapshotId, String volumeId, String status, Instant startTime, String progress, String ownerId,
        Integer volumeSize, String description, List<Tag> tagSet, Boolean encrypted) {
}
