package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.FilterSpec;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The filters of DescribeSecurityGroups, and the one CloudStack can apply itself (a tag). */
final class SecurityGroupFilters {
    static final FilterSpec<SecurityGroup> SPEC = spec();

    private SecurityGroupFilters() {
    }

    private static FilterSpec<SecurityGroup> spec() {
        FilterSpec.Builder<SecurityGroup> builder = FilterSpec.<SecurityGroup>builder()
                .field("group-name", SecurityGroup::groupName)
                .field("group-id", SecurityGroup::groupId)
                .field("description", SecurityGroup::groupDescription)
                .field("owner-id", SecurityGroup::ownerId)
                .field("vpc-id", SecurityGroup::vpcId)
                .tags(SecurityGroup::tagSet);
        permissionFilters(builder, "ip-permission.", SecurityGroup::ipPermissions);
        permissionFilters(builder, "egress.ip-permission.", SecurityGroup::ipPermissionsEgress);
        return builder.build();
    }

    private static void permissionFilters(FilterSpec.Builder<SecurityGroup> builder, String prefix,
                                          Function<SecurityGroup, List<IpPermission>> permissions) {
        builder.multi(prefix + "protocol", g -> each(permissions.apply(g), p -> List.of(p.ipProtocol())))
                .multi(prefix + "from-port", g -> each(permissions.apply(g), p -> text(p.fromPort())))
                .multi(prefix + "to-port", g -> each(permissions.apply(g), p -> text(p.toPort())))
                .multi(prefix + "cidr", g -> each(permissions.apply(g),
                        p -> p.ipRanges().stream().map(IpRange::cidrIp).toList()))
                .multi(prefix + "group-id", g -> each(permissions.apply(g),
                        p -> p.groups().stream().map(UserIdGroupPair::groupId).filter(Objects::nonNull).toList()))
                .multi(prefix + "group-name", g -> each(permissions.apply(g),
                        p -> p.groups().stream().map(UserIdGroupPair::groupName).toList()))
                .multi(prefix + "user-id", g -> each(permissions.apply(g),
                        p -> p.groups().stream().map(UserIdGroupPair::userId).toList()));
    }

    private static Collection<String> each(List<IpPermission> permissions,
                                           Function<IpPermission, Collection<String>> values) {
        return permissions.stream().flatMap(p -> values.apply(p).stream()).toList();
    }

    private static List<String> text(Integer port) {
        return port == null ? List.of() : List.of(String.valueOf(port));
    }

    /** Lets CloudStack select by the first {@code tag:KEY} filter with one plain value; the spec still checks all. */
    static Command pushTag(Command list, List<Filter> filters) {
        for (Filter filter : filters) {
            if (filter.name().startsWith("tag:") && filter.values().size() == 1
                    && !filter.values().get(0).matches(".*[*?\\\\].*")) {
                return list.with("tags[0].key", filter.name().substring(4)).with("tags[0].value", filter.values().get(0));
            }
        }
        return list;
    }
}
