package dev.ec2gateway.actions.images;

/** A volume as listVolumes answers it (only what creating an image needs). */
record CsVolume(String id, String type, String virtualmachineid) {
}
