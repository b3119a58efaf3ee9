package dev.ec2gateway.actions.securitygroups;

public record DeleteSecurityGroupRequest(String groupName, String groupId) {
}
