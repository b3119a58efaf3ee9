package dev.ec2gateway.actions.addresses;

public record DisassociateAddressRequest(String publicIp, String associationId) {
}
