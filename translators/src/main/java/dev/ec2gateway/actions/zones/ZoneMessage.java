package dev.ec2gateway.actions.zones;

public record ZoneMessage(String message) {
}
