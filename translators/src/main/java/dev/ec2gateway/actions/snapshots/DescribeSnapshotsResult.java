package dev.ec2gateway.actions.snapshots;

import java.util.List;

public record DescribeSnapshotsResult(List<Snapshot> snapshotSet, String nextToken) {
}
