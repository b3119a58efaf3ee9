package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;

/** Finds the caller's security groups by EC2 id or name in one listing of them. */
final class GroupLookup {
    private final ResourceIds ids;

    GroupLookup(ResourceIds ids) {
        this.ids = ids;
    }

    /** All of the caller's groups, their EC2 ids remembered. */
    List<CsSecurityGroup> all(CloudStack cloudStack) {
        return list(cloudStack, Command.of("listSecurityGroups"));
    }

    List<CsSecurityGroup> list(CloudStack cloudStack, Command command) {
        List<CsSecurityGroup> groups = cloudStack.list(command, "securitygroup", CsSecurityGroup.class);
        groups.forEach(g -> ids.remember(Kind.SECURITY_GROUP, g.id()));
        return groups;
    }

    /** The group an action names by GroupId or GroupName (one of them required). */
    CsSecurityGroup target(List<CsSecurityGroup> groups, String groupId, String groupName) {
        if (groupId != null) {
            return byId(groups, groupId);
        }
        if (groupName == null || groupName.isEmpty()) {
            throw Ec2Error.MISSING_PARAMETER.with("GroupId");
        }
        return groups.stream().filter(g -> g.name().equals(groupName)).findFirst()
                .orElseThrow(() -> Ec2Error.INVALID_GROUP_NOT_FOUND.with(groupName));
    }

    CsSecurityGroup byId(List<CsSecurityGroup> groups, String groupId) {
        Ec2Ids.requireWellFormed(Kind.SECURITY_GROUP, groupId);
        return groups.stream().filter(g -> groupId(g).equals(groupId)).findFirst()
                .orElseThrow(() -> Ec2Ids.notFound(Kind.SECURITY_GROUP, groupId));
    }

    static String groupId(CsSecurityGroup group) {
        return Ec2Ids.of(Kind.SECURITY_GROUP, group.id());
    }
}
