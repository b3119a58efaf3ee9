package dev.ec2gateway.actions.securitygroups;

public record UserIdGroupPair(String userId, String groupId, String groupName) {
}
