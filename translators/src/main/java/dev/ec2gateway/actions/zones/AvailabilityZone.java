package dev.ec2gateway.actions.zones;

import java.util.List;

public record AvailabilityZone(
        String zoneName, String zoneState, String regionName, String zoneId, String zoneType,
        List<ZoneMessage> messageSet) {
}
