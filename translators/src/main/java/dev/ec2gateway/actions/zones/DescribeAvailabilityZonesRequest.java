package dev.ec2gateway.actions.zones;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeAvailabilityZonesRequest(
        @Param("ZoneName") List<String> zoneNames,
        @Param("ZoneId") List<String> zoneIds,
        @Param("Filter") List<Filter> filters,
        Boolean allAvailabilityZones) {
}
