package dev.ec2gateway.actions.volumes;

/** What CreateVolume needs of a snapshot: its zone and the size of the volume it was taken of (bytes). */
record CsSnapshotOrigin(String id, String zoneid, String zonename, Long virtualsize) {
}
