package dev.ec2gateway.actions.instances;

public record GroupIdentifier(String groupId, String groupName) {
}
