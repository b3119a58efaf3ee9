package dev.ec2gateway.actions.instances;

import java.util.List;

public record StartInstancesResult(List<InstanceStateChange> instancesSet) {
}
