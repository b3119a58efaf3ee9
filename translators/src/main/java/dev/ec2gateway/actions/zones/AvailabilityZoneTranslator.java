package dev.ec2gateway.actions.zones;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.FilterSpec;
import java.util.List;
import java.util.Optional;

/** DescribeAvailabilityZones: CloudStack's zones, each an availability zone of the one region. */
public final class AvailabilityZoneTranslator {
    private static final FilterSpec<AvailabilityZone> FILTERS = FilterSpec.<AvailabilityZone>builder()
            .field("zone-name", AvailabilityZone::zoneName)
            .field("zone-id", AvailabilityZone::zoneId)
            .field("state", AvailabilityZone::zoneState)
            .field("region-name", AvailabilityZone::regionName)
            .field("zone-type", AvailabilityZone::zoneType)
            .multi("message", z -> z.messageSet().stream().map(ZoneMessage::message).toList())
            .build();

    private final String regionName;

    public AvailabilityZoneTranslator(String regionName) {
        this.regionName = regionName;
    }

    public DescribeAvailabilityZonesResult describeAvailabilityZones(
            DescribeAvailabilityZonesRequest request, CallContext context) {
        List<AvailabilityZone> zones = context.cloudStack()
                .list(Command.of("listZones"), "zone", CsZone.class).stream()
                .map(this::toAvailabilityZone)
                .toList();
        for (String name : request.zoneNames()) {
            if (zones.stream().noneMatch(z -> z.zoneName().equals(name))) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                        "The zone '" + name + "' does not exist in region '" + regionName + "'.");
            }
        }
        for (String id : request.zoneIds()) {
            if (zones.stream().noneMatch(z -> z.zoneId().equals(id))) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                        "The zone ID '" + id + "' does not exist in region '" + regionName + "'.");
            }
        }
        List<AvailabilityZone> selected = zones.stream()
                .filter(z -> request.zoneNames().isEmpty() || request.zoneNames().contains(z.zoneName()))
                .filter(z -> request.zoneIds().isEmpty() || request.zoneIds().contains(z.zoneId()))
                .filter(FILTERS.predicate(request.filters()))
                .toList();
        return new DescribeAvailabilityZonesResult(selected);
    }

    /** The CloudStack id of the zone an EC2 availability zone name names, if the caller can see it. */
    public static Optional<String> zoneIdOf(CloudStack cloudStack, String zoneName) {
        return cloudStack.list(Command.of("listZones"), "zone", CsZone.class).stream()
                .filter(z -> z.name().equals(zoneName))
                .map(CsZone::id)
                .findFirst();
    }

    /** An Enabled zone is available; a Disabled one (an admin closed it) is unavailable. */
    private AvailabilityZone toAvailabilityZone(CsZone zone) {
        boolean enabled = "Enabled".equalsIgnoreCase(zone.allocationstate());
        List<ZoneMessage> messages = enabled ? List.of()
                : List.of(new ZoneMessage("The zone is disabled by the cloud's administrator."));
        return new AvailabilityZone(zone.name(), enabled ? "available" : "unavailable", regionName, zone.id(),
                "availability-zone", messages);
    }
}
