package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.ec2.Param;
import java.util.List;

/**
 * The request of Authorize/RevokeSecurityGroupIngress/Egress: the old flat form of one permission
 * ({@code IpProtocol}, {@code CidrIp}, {@code SourceSecurityGroupName}, ...) and {@code IpPermissions.N}.
 */
public record SecurityGroupRulesRequest(
        String groupName,
        String groupId,
        String ipProtocol,
        Integer fromPort,
        Integer toPort,
        String cidrIp,
        String sourceSecurityGroupName,
        String sourceSecurityGroupOwnerId,
        @Param("IpPermissions") List<PermissionParam> ipPermissions) {

    /** One {@code IpPermissions.N}. */
    public record PermissionParam(
            String ipProtocol,
            Integer fromPort,
            Integer toPort,
            @Param("IpRanges") List<IpRangeParam> ipRanges,
            @Param("Groups") List<GroupPairParam> groups,
            @Param("Ipv6Ranges") List<Ipv6RangeParam> ipv6Ranges,
            @Param("PrefixListIds") List<PrefixListParam> prefixListIds) {
    }

    public record IpRangeParam(String cidrIp, String description) {
    }

    public record GroupPairParam(String groupName, String groupId, String userId, String description) {
    }

    public record Ipv6RangeParam(String cidrIpv6, String description) {
    }

    public record PrefixListParam(String prefixListId, String description) {
    }
}
