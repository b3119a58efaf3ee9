package dev.ec2gateway.actions.snapshots;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

/** {@code RestorableBy} is accepted: whatever a caller lists here, that caller may restore. */
public record DescribeSnapshotsRequest(
        @Param("SnapshotId") List<String> snapshotIds,
        @Param("Owner") List<String> owners,
        @Param("RestorableBy") List<String> restorableBy,
        @Param("Filter") List<Filter> filters,
        Integer maxResults,
        String nextToken) {
}
