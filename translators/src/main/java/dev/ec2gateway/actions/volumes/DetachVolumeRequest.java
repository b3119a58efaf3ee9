package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Required;

/** {@code Force} is accepted; CloudStack has no forced detach, so it changes nothing. */
public record DetachVolumeRequest(@Required String volumeId, String instanceId, String device, Boolean force) {
}
