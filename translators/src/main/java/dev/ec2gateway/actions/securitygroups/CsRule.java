package dev.ec2gateway.actions.securitygroups;

/** One CloudStack rule: one protocol and port range, and one CIDR or one (account, group) source. */
record CsRule(String ruleid, String protocol, Integer startport, Integer endport, Integer icmptype,
              Integer icmpcode, String cidr, String securitygroupname, String account) {

    /** The permission this rule belongs to, keyed EC2's way (ICMP type and code in the port fields). */
    RuleKey key() {
        return switch (protocol) {
            case "tcp", "udp" -> new RuleKey(protocol, startport, endport);
            case "icmp" -> new RuleKey(protocol, icmptype, icmpcode);
            default -> new RuleKey(protocol, null, null);
        };
    }
}
