package dev.ec2gateway.actions.addresses;

/** AllocateAddress; {@code NetworkBorderGroup} may name the CloudStack zone to allocate in. */
public record AllocateAddressRequest(String domain, String networkBorderGroup, String publicIpv4Pool, String address) {
}
