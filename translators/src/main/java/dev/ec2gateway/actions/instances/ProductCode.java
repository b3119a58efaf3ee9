package dev.ec2gateway.actions.instances;

public record ProductCode(String productCode, String type) {
}
