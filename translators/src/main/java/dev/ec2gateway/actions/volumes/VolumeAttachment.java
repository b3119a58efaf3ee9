package dev.ec2gateway.actions.volumes;

import java.time.Instant;

/** A volume's attachment: the answer of AttachVolume and DetachVolume and an item of attachmentSet. */
public record VolumeAttachment(
        String volumeId, String instanceId, String device, String status, Instant attachTime,
        Boolean deleteOnTermination) {
}
