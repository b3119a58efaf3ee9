package dev.ec2gateway.actions.images;

/** An OS type as listOsTypes answers it. */
record CsOsType(String id, String name, String description) {
}
