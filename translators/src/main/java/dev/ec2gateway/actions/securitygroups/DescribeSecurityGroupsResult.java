package dev.ec2gateway.actions.securitygroups;

import java.util.List;

public record DescribeSecurityGroupsResult(List<SecurityGroup> securityGroupInfo, String nextToken) {
}
