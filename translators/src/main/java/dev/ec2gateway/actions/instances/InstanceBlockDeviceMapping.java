package dev.ec2gateway.actions.instances;

public record InstanceBlockDeviceMapping(String deviceName, EbsInstanceBlockDevice ebs) {
}
