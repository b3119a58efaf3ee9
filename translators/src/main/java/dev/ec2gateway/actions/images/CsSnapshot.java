package dev.ec2gateway.actions.images;

/** A snapshot as the createSnapshot job answers it (only what creating an image needs). */
record CsSnapshot(String id, String state) {
}
