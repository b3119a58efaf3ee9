package dev.ec2gateway.actions.instances;

import java.time.Instant;

public record EbsInstanceBlockDevice(String volumeId, String status, Instant attachTime, Boolean deleteOnTermination) {
}
