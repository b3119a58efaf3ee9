package dev.ec2gateway.actions.instances;

import java.util.List;

public record TerminateInstancesResult(List<InstanceStateChange> instancesSet) {
}
