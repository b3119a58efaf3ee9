package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Required;

public record AttachVolumeRequest(@Required String volumeId, @Required String instanceId, @Required String device) {
}
