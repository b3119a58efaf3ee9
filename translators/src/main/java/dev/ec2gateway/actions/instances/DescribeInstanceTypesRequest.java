package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeInstanceTypesRequest(
        @Param("InstanceType") List<String> instanceTypes,
        @Param("Filter") List<Filter> filters,
        Integer maxResults,
        String nextToken) {
}
