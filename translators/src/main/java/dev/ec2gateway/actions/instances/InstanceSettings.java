package dev.ec2gateway.actions.instances;

import java.time.Duration;

/**
 * The instance actions' settings.
 *
 * @param terminatedVisible how long a terminated instance stays listed
 * @param defaultZone       the zone RunInstances uses without Placement.AvailabilityZone (empty: the first enabled one)
 * @param listPageSize      the page size DescribeInstances asks CloudStack for when it pages with MaxResults (at
 *                          most CloudStack's default.page.size; the CloudStack client's page size)
 */
public record InstanceSettings(Duration terminatedVisible, String defaultZone, int listPageSize) {
    public InstanceSettings {
        if (listPageSize < 1) {
            throw new IllegalArgumentException("listPageSize must be positive");
        }
    }

    /** Settings with CloudStack's default page size of 500. */
    public InstanceSettings(Duration terminatedVisible, String defaultZone) {
        this(terminatedVisible, defaultZone, 500);
    }
}
