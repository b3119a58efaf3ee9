package dev.ec2gateway.actions.regions;

public record Region(String regionName, String regionEndpoint, String optInStatus) {
}
