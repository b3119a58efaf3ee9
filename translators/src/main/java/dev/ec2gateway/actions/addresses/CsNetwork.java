package dev.ec2gateway.actions.addresses;

/** A guest network as listNetworks answers it. */
record CsNetwork(String id, String name, String zoneid, String type, String state) {
}
