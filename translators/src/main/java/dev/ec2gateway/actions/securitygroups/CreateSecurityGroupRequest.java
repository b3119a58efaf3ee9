package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.ec2.Required;

public record CreateSecurityGroupRequest(@Required String groupName, @Required String groupDescription, String vpcId) {
}
