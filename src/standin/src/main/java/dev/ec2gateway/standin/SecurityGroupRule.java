package dev.ec2gateway.standin;

/**
 * One rule of a security group: a CIDR or another group as peer; ports for tcp/udp, type/code for icmp,
 * neither for {@code all}.
 */
record SecurityGroupRule(String id, String protocol, Integer startPort, Integer endPort, Integer icmpType,
                         Integer icmpCode, String cidr, String peerGroupName, String peerAccount) {
}
