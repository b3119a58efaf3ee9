package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.actions.securitygroups.SecurityGroupRulesRequest.GroupPairParam;
import dev.ec2gateway.actions.securitygroups.SecurityGroupRulesRequest.IpRangeParam;
import dev.ec2gateway.actions.securitygroups.SecurityGroupRulesRequest.PermissionParam;
import dev.ec2gateway.ec2.Ec2Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the permissions of an Authorize/Revoke request, in either form, into CloudStack terms: protocol
 * names or numbers to CloudStack's names, ICMP type and code out of the port fields, group pairs to
 * (account, group name).
 */
final class RequestedPermissions {
    private static final Pattern IPV4_CIDR =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}/(3[0-2]|[12]?\\d)");

    private RequestedPermissions() {
    }

    /**
     * @param callerAccount the account that owns the target group (pairs without a user id are its groups)
     * @param groupById     the caller's group of an EC2 group id (NotFound when there is none)
     */
    static List<RuleSpec> of(SecurityGroupRulesRequest request, String callerAccount,
                             Function<String, CsSecurityGroup> groupById) {
        boolean flat = request.ipProtocol() != null || request.cidrIp() != null
                || request.sourceSecurityGroupName() != null || request.fromPort() != null;
        if (flat && !request.ipPermissions().isEmpty()) {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with(
                    "The parameter IpPermissions cannot be used with IpProtocol, CidrIp or SourceSecurityGroupName.");
        }
        if (flat) {
            return flat(request, callerAccount);
        }
        if (request.ipPermissions().isEmpty()) {
            throw Ec2Error.MISSING_PARAMETER.with("IpPermissions");
        }
        List<RuleSpec> specs = new ArrayList<>();
        for (PermissionParam p : request.ipPermissions()) {
            if (!p.ipv6Ranges().isEmpty() || !p.prefixListIds().isEmpty()) {
                throw Ec2Error.UNSUPPORTED_FEATURE.with("Ipv6Ranges and PrefixListIds are not supported: CloudStack "
                        + "security groups take IPv4 CIDRs and other security groups as sources here.");
            }
            if (p.ipProtocol() == null) {
                throw Ec2Error.MISSING_PARAMETER.with("IpPermissions.N.IpProtocol");
            }
            List<String> cidrs = p.ipRanges().stream().map(IpRangeParam::cidrIp).map(RequestedPermissions::cidr).toList();
            List<GroupRef> groups = p.groups().stream().map(g -> pair(g, callerAccount, groupById)).toList();
            if (cidrs.isEmpty() && groups.isEmpty()) {
                throw Ec2Error.MISSING_PARAMETER.with("IpPermissions.N.IpRanges or IpPermissions.N.Groups");
            }
            specs.add(new RuleSpec(key(p.ipProtocol(), p.fromPort(), p.toPort()), cidrs, groups));
        }
        return specs;
    }

    /** The old form; a source group without a protocol opens all of TCP, UDP and ICMP, as EC2-Classic did. */
    private static List<RuleSpec> flat(SecurityGroupRulesRequest request, String callerAccount) {
        List<String> cidrs = request.cidrIp() == null ? List.of() : List.of(cidr(request.cidrIp()));
        List<GroupRef> groups = request.sourceSecurityGroupName() == null ? List.of()
                : List.of(new GroupRef(request.sourceSecurityGroupOwnerId() == null ? callerAccount
                : request.sourceSecurityGroupOwnerId(), request.sourceSecurityGroupName()));
        if (request.ipProtocol() == null) {
            if (groups.isEmpty()) {
                throw Ec2Error.MISSING_PARAMETER.with("IpProtocol");
            }
            return List.of(new RuleSpec(new RuleKey("tcp", 0, 65535), cidrs, groups),
                    new RuleSpec(new RuleKey("udp", 0, 65535), cidrs, groups),
                    new RuleSpec(new RuleKey("icmp", -1, -1), cidrs, groups));
        }
        if (cidrs.isEmpty() && groups.isEmpty()) {
            throw Ec2Error.MISSING_PARAMETER.with("CidrIp");
        }
        return List.of(new RuleSpec(key(request.ipProtocol(), request.fromPort(), request.toPort()), cidrs, groups));
    }

    private static GroupRef pair(GroupPairParam pair, String callerAccount,
                                 Function<String, CsSecurityGroup> groupById) {
        if (pair.groupId() != null) {
            CsSecurityGroup group = groupById.apply(pair.groupId());
            return new GroupRef(group.account(), group.name());
        }
        if (pair.groupName() == null) {
            throw Ec2Error.MISSING_PARAMETER.with("IpPermissions.N.Groups.M.GroupName or GroupId");
        }
        return new GroupRef(pair.userId() == null ? callerAccount : pair.userId(), pair.groupName());
    }

    static RuleKey key(String ipProtocol, Integer from, Integer to) {
        String protocol = switch (ipProtocol.strip().toLowerCase(Locale.ROOT)) {
            case "tcp", "6" -> "tcp";
            case "udp", "17" -> "udp";
            case "icmp", "1" -> "icmp";
            case "-1", "all" -> "all";
            default -> throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                    "Invalid value '" + ipProtocol + "' for IP protocol. Unknown protocol.");
        };
        return switch (protocol) {
            case "tcp", "udp" -> {
                if (from == null || to == null) {
                    throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                            "Invalid value for portRange. Must specify both from and to ports with TCP/UDP.");
                }
                if (from < 0 || to > 65535 || from > to) {
                    throw Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid TCP/UDP port range " + from + "-" + to
                            + ": ports are 0 to 65535 and FromPort may not exceed ToPort.");
                }
                yield new RuleKey(protocol, from, to);
            }
            case "icmp" -> {
                int type = from == null ? -1 : from;
                int code = to == null ? -1 : to;
                if (type < -1 || type > 255 || code < -1 || code > 255) {
                    throw Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid ICMP type " + type + " or code " + code
                            + ": both are -1 (all) or 0 to 255.");
                }
                yield new RuleKey(protocol, type, code);
            }
            default -> new RuleKey(protocol, null, null);
        };
    }

    private static String cidr(String cidr) {
        if (cidr == null || !IPV4_CIDR.matcher(cidr.strip()).matches()) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("CIDR block " + cidr + " is malformed");
        }
        return cidr.strip();
    }
}
