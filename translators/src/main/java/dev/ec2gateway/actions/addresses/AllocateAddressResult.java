package dev.ec2gateway.actions.addresses;

public record AllocateAddressResult(String publicIp, String allocationId, String domain, String networkBorderGroup) {
}
