package dev.ec2gateway.actions.instances;

public record Monitoring(String state) {
}
