package dev.ec2gateway.actions.snapshots;

import dev.ec2gateway.ec2.Required;

public record DeleteSnapshotRequest(@Required String snapshotId) {
}
