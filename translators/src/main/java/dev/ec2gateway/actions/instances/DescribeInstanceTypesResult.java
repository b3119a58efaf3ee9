package dev.ec2gateway.actions.instances;

import java.util.List;

public record DescribeInstanceTypesResult(List<InstanceTypeInfo> instanceTypeSet, String nextToken) {
}
