package dev.ec2gateway.actions.addresses;

public record ReleaseAddressRequest(String publicIp, String allocationId, String networkBorderGroup) {
}
