package dev.ec2gateway.actions.instances;

public record InstanceStateChange(String instanceId, InstanceState currentState, InstanceState previousState) {
}
