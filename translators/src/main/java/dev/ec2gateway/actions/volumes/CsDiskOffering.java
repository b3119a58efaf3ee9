package dev.ec2gateway.actions.volumes;

/** A disk offering as listDiskOfferings answers it. */
record CsDiskOffering(String id, String name, Boolean iscustomized) {
}
