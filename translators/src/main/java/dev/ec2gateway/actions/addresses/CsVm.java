package dev.ec2gateway.actions.addresses;

/** The one field of a listed VM an address needs: its id. */
record CsVm(String id) {
}
