package dev.ec2gateway.actions.securitygroups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * CloudStack's rules grouped EC2's way: CloudStack keeps one rule per CIDR and per source group, EC2
 * one permission per protocol and port range listing all its sources.
 */
final class GroupedPermissions {
    private GroupedPermissions() {
    }

    /** @param groupIdOf the EC2 id of a source group, null when the caller cannot see it */
    static List<IpPermission> of(List<CsRule> rules, Function<GroupRef, String> groupIdOf) {
        Map<RuleKey, List<CsRule>> byKey = new LinkedHashMap<>();
        for (CsRule rule : rules) {
            byKey.computeIfAbsent(rule.key(), k -> new ArrayList<>()).add(rule);
        }
        List<IpPermission> permissions = new ArrayList<>();
        byKey.forEach((key, same) -> permissions.add(new IpPermission(key.ec2Protocol(), key.from(), key.to(),
                same.stream().filter(r -> r.cidr() == null && r.securitygroupname() != null)
                        .map(r -> new GroupRef(r.account(), r.securitygroupname()))
                        .map(g -> new UserIdGroupPair(g.account(), groupIdOf.apply(g), g.groupName())).toList(),
                same.stream().filter(r -> r.cidr() != null).map(r -> new IpRange(r.cidr())).toList())));
        return permissions;
    }
}
