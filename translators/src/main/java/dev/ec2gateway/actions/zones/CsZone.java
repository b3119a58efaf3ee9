package dev.ec2gateway.actions.zones;

/** A zone as listZones answers it. */
record CsZone(String id, String name, String networktype, String allocationstate, Boolean securitygroupsenabled) {
}
