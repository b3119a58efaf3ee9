package dev.ec2gateway.actions.instances;

import java.time.Instant;

public record GetPasswordDataResult(String instanceId, Instant timestamp, String passwordData) {
}
