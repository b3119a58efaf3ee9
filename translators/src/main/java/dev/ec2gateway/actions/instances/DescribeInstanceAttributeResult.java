package dev.ec2gateway.actions.instances;

import java.util.List;

/** The one attribute asked for is set; the others are null and left out of the answer. */
public record DescribeInstanceAttributeResult(
        String instanceId, AttributeValue instanceType, AttributeValue userData,
        AttributeBooleanValue disableApiTermination, AttributeValue instanceInitiatedShutdownBehavior,
        AttributeValue rootDeviceName, List<InstanceBlockDeviceMapping> blockDeviceMapping,
        List<GroupIdentifier> groupSet, List<ProductCode> productCodes, AttributeBooleanValue sourceDestCheck,
        AttributeBooleanValue ebsOptimized, AttributeBooleanValue disableApiStop) {
}
