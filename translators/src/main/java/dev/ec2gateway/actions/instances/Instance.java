package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Tag;
import java.time.Instant;
import java.util.List;

/** An instance as DescribeInstances and RunInstances show it (the elements every EC2 client reads). */
public record Instance(
        String instanceId, String imageId, InstanceState instanceState, String privateDnsName, String dnsName,
        String reason, String keyName, Integer amiLaunchIndex, List<ProductCode> productCodes, String instanceType,
        Instant launchTime, Placement placement, Monitoring monitoring, String subnetId, String vpcId,
        String privateIpAddress, String ipAddress, Boolean sourceDestCheck, List<GroupIdentifier> groupSet,
        String architecture, String rootDeviceType, String rootDeviceName,
        List<InstanceBlockDeviceMapping> blockDeviceMapping, String virtualizationType, String clientToken,
        List<Tag> tagSet, String hypervisor, Boolean ebsOptimized) {

    public Instance {
        productCodes = List.copyOf(productCodes);
        groupSet = List.copyOf(groupSet);
        blockDeviceMapping = List.copyOf(blockDeviceMapping);
        tagSet = List.copyOf(tagSet);
    }

    Instance withState(InstanceState state) {
        return new Instance(instanceId, imageId, state, privateDnsName, dnsName, reason, keyName, amiLaunchIndex,
                productCodes, instanceType, launchTime, placement, monitoring, subnetId, vpcId, privateIpAddress,
                ipAddress, sourceDestCheck, groupSet, architecture, rootDeviceType, rootDeviceName,
                blockDeviceMapping, virtualizationType, clientToken, tagSet, hypervisor, ebsOptimized);
    }
}
