package dev.ec2gateway.actions.securitygroups;

/**
 * A CloudStack protocol ({@code tcp}, {@code udp}, {@code icmp}, {@code all}) and EC2's FromPort/ToPort
 * (ICMP type and code for icmp, none for all): what rules of one EC2 permission share.
 */
record RuleKey(String protocol, Integer from, Integer to) {

    /** EC2's name of the protocol: {@code -1} for all. */
    String ec2Protocol() {
        return protocol.equals("all") ? "-1" : protocol;
    }
}
