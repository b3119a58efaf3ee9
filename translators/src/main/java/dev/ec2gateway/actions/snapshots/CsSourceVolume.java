package dev.ec2gateway.actions.snapshots;

/** What CreateSnapshot needs of the volume: its owner, state and size in bytes. */
record CsSourceVolume(String id, String account, String state, Long size) {
}
