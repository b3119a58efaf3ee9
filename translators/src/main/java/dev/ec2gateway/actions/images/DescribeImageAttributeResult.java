package dev.ec2gateway.actions.images;

import java.util.List;

/** EC2's ImageAttribute: the image id and the one attribute asked for (the others left out). */
public record DescribeImageAttributeResult(
        String imageId, List<LaunchPermission> launchPermission, List<ProductCode> productCodes,
        AttributeValue description, List<BlockDeviceMapping> blockDeviceMapping) {
}
