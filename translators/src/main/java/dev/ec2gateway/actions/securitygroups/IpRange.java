package dev.ec2gateway.actions.securitygroups;

public record IpRange(String cidrIp) {
}
