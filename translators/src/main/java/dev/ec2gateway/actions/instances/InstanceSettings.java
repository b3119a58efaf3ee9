package dev.ec2gateway.actions.instances;

import java.time.Duration;

/**
 * The instance actions' settings.
 *
 * @param terminatedVisible how long a terminated instance stays listed
 * @param defaultZone       the zone RunInstances uses without Placement.AvailabilityZone (empty: the first enabled one)
 */
public record InstanceSettings(Duration terminatedVisible, String defaultZone) {
}
