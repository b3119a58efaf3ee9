package dev.ec2gateway.standin;

/**
 * A zone: Basic (one shared guest network with security groups, no public IPs) or Advanced (isolated networks,
 * source NAT, a public range).
 */
record Zone(String id, String name, boolean basic, String token, String guestPrefix, String publicPrefix) {

    String networkType() {
        return basic ? "Basic" : "Advanced";
    }
}
