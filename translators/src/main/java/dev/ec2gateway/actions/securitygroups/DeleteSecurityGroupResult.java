package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.ec2.Element;

public record DeleteSecurityGroupResult(@Element("return") Boolean succeeded, String groupId) {
}
