package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;
import dev.ec2gateway.ec2.TagSpecification;
import java.util.List;

public record RunInstancesRequest(
        @Required String imageId,
        @Required Integer minCount,
        @Required Integer maxCount,
        String keyName,
        @Param("SecurityGroup") List<String> securityGroups,
        @Param("SecurityGroupId") List<String> securityGroupIds,
        String userData,
        String instanceType,
        Placement placement,
        String subnetId,
        String clientToken,
        @Param("TagSpecification") List<TagSpecification> tagSpecifications) {

    /** What makes two requests the same launch: everything but the client token. */
    String fingerprint() {
        return new RunInstancesRequest(imageId, minCount, maxCount, keyName, securityGroups, securityGroupIds,
                userData, instanceType, placement, subnetId, null, tagSpecifications).toString();
    }
}
