package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.ec2.Element;
import dev.ec2gateway.ec2.Tag;
import java.util.List;

public record CreateSecurityGroupResult(@Element("return") Boolean succeeded, String groupId, List<Tag> tagSet) {
}
