package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Tag;
import java.time.Instant;
import java.util.List;

/** One image of DescribeImages ({@code imagesSet/item}): a CloudStack template, once however many zones hold it. */
public record Image(
        String imageId, String imageLocation, String imageState, String imageOwnerId, Boolean isPublic,
        String architecture, String imageType, String platform, String name, String description,
        String rootDeviceType, String rootDeviceName, List<BlockDeviceMapping> blockDeviceMapping,
        String virtualizationType, List<Tag> tagSet, String hypervisor, Instant creationDate) {
}
