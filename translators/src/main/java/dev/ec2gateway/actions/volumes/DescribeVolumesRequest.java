package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeVolumesRequest(
        @Param("VolumeId") List<String> volumeIds,
        @Param("Filter") List<Filter> filters,
        Integer maxResults,
        String nextToken) {
}
