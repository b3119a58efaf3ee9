package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Required;

public record GetPasswordDataRequest(@Required String instanceId) {
}
