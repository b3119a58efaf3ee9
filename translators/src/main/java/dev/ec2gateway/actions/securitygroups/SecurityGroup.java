package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.ec2.Tag;
import java.util.List;

/** A security group as DescribeSecurityGroups shows it; {@code ownerId} is the CloudStack account name. */
public record SecurityGroup(
        String ownerId, String groupId, String groupName, String groupDescription, String vpcId,
        List<IpPermission> ipPermissions, List<IpPermission> ipPermissionsEgress, List<Tag> tagSet) {
}
