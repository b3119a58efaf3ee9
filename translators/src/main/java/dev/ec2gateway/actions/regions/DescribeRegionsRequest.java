package dev.ec2gateway.actions.regions;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeRegionsRequest(
        @Param("RegionName") List<String> regionNames,
        @Param("Filter") List<Filter> filters,
        Boolean allRegions) {
}
