package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Required;

/**
 * RegisterImage's EC2 parameters plus the gateway's own {@code Format}, {@code OsType}, {@code Hypervisor}
 * and {@code AvailabilityZone}, which CloudStack needs and EC2 has no names for (docs/images.md).
 */
public record RegisterImageRequest(
        String imageLocation,
        @Required String name,
        String description,
        String architecture,
        String virtualizationType,
        String format,
        String osType,
        String hypervisor,
        String availabilityZone) {
}
