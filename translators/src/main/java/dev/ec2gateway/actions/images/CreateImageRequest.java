package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;
import dev.ec2gateway.ec2.TagSpecification;
import java.util.List;

public record CreateImageRequest(
        @Required String instanceId,
        @Required String name,
        String description,
        Boolean noReboot,
        @Param("TagSpecification") List<TagSpecification> tagSpecifications) {
}
