package dev.ec2gateway.actions.securitygroups;

import java.util.List;

/** One EC2 permission: a protocol and port range with every source (CIDRs and groups) it is open to. */
public record IpPermission(String ipProtocol, Integer fromPort, Integer toPort, List<UserIdGroupPair> groups,
                           List<IpRange> ipRanges) {
}
