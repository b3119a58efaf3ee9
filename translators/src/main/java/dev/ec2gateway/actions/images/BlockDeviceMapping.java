package dev.ec2gateway.actions.images;

/** A device of an image ({@code blockDeviceMapping/item}). */
public record BlockDeviceMapping(String deviceName, EbsBlockDevice ebs) {
}
