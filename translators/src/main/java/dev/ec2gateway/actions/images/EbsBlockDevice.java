package dev.ec2gateway.actions.images;

/** The EBS part of an image's device: its size in GiB (absent where CloudStack does not say). */
public record EbsBlockDevice(Integer volumeSize, Boolean deleteOnTermination, String volumeType) {
}
