package dev.ec2gateway.actions.zones;

import java.util.List;

public record DescribeAvailabilityZonesResult(List<AvailabilityZone> availabilityZoneInfo) {
}
