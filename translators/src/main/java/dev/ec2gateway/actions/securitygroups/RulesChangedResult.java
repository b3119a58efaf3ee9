package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.ec2.Element;

/** The answer of Authorize/RevokeSecurityGroupIngress/Egress: every permission of the request was applied. */
public record RulesChangedResult(@Element("return") Boolean succeeded) {
}
