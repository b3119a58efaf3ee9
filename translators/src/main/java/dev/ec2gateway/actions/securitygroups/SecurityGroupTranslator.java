package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CreateSecurityGroup, DeleteSecurityGroup, DescribeSecurityGroups and the ingress and egress rules on
 * CloudStack's security groups (Basic and security-group-enabled zones; VPC groups are not supported).
 */
public final class SecurityGroupTranslator {
    private final ResourceIds ids;
    private final GroupLookup lookup;
    private final RuleChanges rules;

    public SecurityGroupTranslator(ResourceIds ids) {
        this.ids = ids;
        this.lookup = new GroupLookup(ids);
        this.rules = new RuleChanges(lookup);
    }

    public CreateSecurityGroupResult createSecurityGroup(CreateSecurityGroupRequest request, CallContext context) {
        String name = request.groupName();
        if (name.isBlank() || name.length() > 255 || name.startsWith("sg-")) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid group name '" + name
                    + "': 1 to 255 characters, and not in the format sg-*.");
        }
        if (request.vpcId() != null) {
            throw Ec2Error.UNSUPPORTED_FEATURE.with("VpcId is not supported: CloudStack security groups belong to "
                    + "the account and serve Basic and security-group-enabled zones, not VPCs.");
        }
        CloudStack cloudStack = context.cloudStack();
        CsSecurityGroup created;
        try {
            created = cloudStack.get(Command.of("createSecurityGroup").with("name", name)
                    .with("description", request.groupDescription()), "securitygroup", CsSecurityGroup.class);
        } catch (CloudStackException e) {
            // CloudStack answers a taken name with a plain 431: tell it apart by looking, not by its text.
            if (e.errorCode() == 431 && lookup.all(cloudStack).stream().anyMatch(g -> g.name().equals(name))) {
                throw Ec2Error.INVALID_GROUP_DUPLICATE.with(name);
            }
            throw e;
        }
        return new CreateSecurityGroupResult(true, ids.remember(Kind.SECURITY_GROUP, created.id()), List.of());
    }

    public DeleteSecurityGroupResult deleteSecurityGroup(DeleteSecurityGroupRequest request, CallContext context) {
        if (request.groupId() == null && request.groupName() == null) {
            throw Ec2Error.MISSING_PARAMETER.with("GroupName or GroupId");
        }
        CloudStack cloudStack = context.cloudStack();
        CsSecurityGroup group = lookup.target(lookup.all(cloudStack), request.groupId(), request.groupName());
        String groupId = GroupLookup.groupId(group);
        if (group.name().equals("default")) {
            throw Ec2Error.CANNOT_DELETE.with("the specified group: \"" + groupId
                    + "\" name: \"default\" cannot be deleted by a user");
        }
        try {
            cloudStack.get(Command.of("deleteSecurityGroup").with("id", group.id()), "success", Boolean.class);
        } catch (CloudStackException e) {
            if (e.errorCode() == 536) {
                throw Ec2Error.INVALID_GROUP_IN_USE.with("There are active instances using security group '"
                        + group.name() + "' (" + groupId + ").");
            }
            throw e;
        }
        return new DeleteSecurityGroupResult(true, groupId);
    }

    public DescribeSecurityGroupsResult describeSecurityGroups(DescribeSecurityGroupsRequest request,
                                                               CallContext context) {
        request.groupIds().forEach(id -> Ec2Ids.requireWellFormed(Kind.SECURITY_GROUP, id));
        CloudStack cloudStack = context.cloudStack();
        Command list = Command.of("listSecurityGroups");
        boolean named = !request.groupNames().isEmpty() || !request.groupIds().isEmpty();
        if (request.groupNames().size() == 1 && request.groupIds().isEmpty()) {
            list = list.with("securitygroupname", request.groupNames().get(0));
        } else if (!named) {
            list = SecurityGroupFilters.pushTag(list, request.filters());
        }
        List<CsSecurityGroup> listed = lookup.list(cloudStack, list);
        for (String name : request.groupNames()) {
            if (listed.stream().noneMatch(g -> g.name().equals(name))) {
                throw Ec2Error.INVALID_GROUP_NOT_FOUND.with(name);
            }
        }
        for (String id : request.groupIds()) {
            lookup.byId(listed, id);
        }
        PeerIds peers = new PeerIds(cloudStack, listed);
        List<SecurityGroup> selected = listed.stream()
                .filter(g -> request.groupNames().isEmpty() || request.groupNames().contains(g.name()))
                .filter(g -> request.groupIds().isEmpty() || request.groupIds().contains(GroupLookup.groupId(g)))
                .map(g -> toSecurityGroup(g, peers))
                .filter(SecurityGroupFilters.SPEC.predicate(request.filters()))
                .toList();
        Page<SecurityGroup> page = Page.of(selected, request.maxResults(), request.nextToken(), 5, 1000);
        return new DescribeSecurityGroupsResult(page.items(), page.nextToken());
    }

    public RulesChangedResult authorizeSecurityGroupIngress(SecurityGroupRulesRequest request, CallContext context) {
        return rules.authorize(request, context.cloudStack(), true);
    }

    public RulesChangedResult revokeSecurityGroupIngress(SecurityGroupRulesRequest request, CallContext context) {
        return rules.revoke(request, context.cloudStack(), true);
    }

    public RulesChangedResult authorizeSecurityGroupEgress(SecurityGroupRulesRequest request, CallContext context) {
        return rules.authorize(request, context.cloudStack(), false);
    }

    public RulesChangedResult revokeSecurityGroupEgress(SecurityGroupRulesRequest request, CallContext context) {
        return rules.revoke(request, context.cloudStack(), false);
    }

    private static SecurityGroup toSecurityGroup(CsSecurityGroup group, PeerIds peers) {
        // EC2 always has a description; a group made outside the gateway may have none in CloudStack
        String description = group.description() == null ? "" : group.description();
        return new SecurityGroup(group.account(), GroupLookup.groupId(group), group.name(), description, null,
                GroupedPermissions.of(group.rules(true), peers::idOf),
                GroupedPermissions.of(group.rules(false), peers::idOf), Tags.fromCloudStack(group.tags()));
    }

    /** EC2 ids of the caller's groups that rules name as sources; listed once more only if one is missing. */
    private final class PeerIds {
        private final CloudStack cloudStack;
        private final Map<GroupRef, String> known = new HashMap<>();
        private boolean complete;

        PeerIds(CloudStack cloudStack, List<CsSecurityGroup> listed) {
            this.cloudStack = cloudStack;
            listed.forEach(g -> known.put(new GroupRef(g.account(), g.name()), GroupLookup.groupId(g)));
        }

        String idOf(GroupRef group) {
            if (!known.containsKey(group) && !complete) {
                lookup.all(cloudStack).forEach(g -> known.put(new GroupRef(g.account(), g.name()), GroupLookup.groupId(g)));
                complete = true;
            }
            return known.get(group);
        }
    }
}
