package dev.ec2gateway.actions.tags;

public record TagDescription(String resourceId, String resourceType, String key, String value) {
}
