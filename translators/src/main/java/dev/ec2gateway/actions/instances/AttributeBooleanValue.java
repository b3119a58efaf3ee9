package dev.ec2gateway.actions.instances;

public record AttributeBooleanValue(Boolean value) {
}
