package dev.ec2gateway.actions.images;

/** A zone as listZones answers it (only what registering an image needs). */
record CsZone(String id, String name) {
}
