package dev.ec2gateway.actions.images;

/** A VM as listVirtualMachines answers it (only what creating an image needs). */
record CsVirtualMachine(String id, String name, String state, String ostypeid) {
}
