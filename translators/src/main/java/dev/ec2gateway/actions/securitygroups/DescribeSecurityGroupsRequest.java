package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeSecurityGroupsRequest(
        @Param("GroupName") List<String> groupNames,
        @Param("GroupId") List<String> groupIds,
        @Param("Filter") List<Filter> filters,
        Integer maxResults,
        String nextToken) {
}
