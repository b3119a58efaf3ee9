package dev.ec2gateway.actions.addresses;

/** The answer of AllocateAddress, in the order of EC2's AllocateAddressResponseType. */
public record AllocateAddressResult(String publicIp, String domain, String allocationId, String networkBorderGroup) {
}
