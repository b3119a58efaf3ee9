package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Required;

public record DeleteVolumeRequest(@Required String volumeId) {
}
