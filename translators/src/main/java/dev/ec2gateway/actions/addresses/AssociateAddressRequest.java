package dev.ec2gateway.actions.addresses;

public record AssociateAddressRequest(String instanceId, String publicIp, String allocationId,
                                      Boolean allowReassociation, String networkInterfaceId,
                                      String privateIpAddress) {
}
