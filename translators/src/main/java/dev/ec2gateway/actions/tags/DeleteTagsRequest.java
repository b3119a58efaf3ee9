package dev.ec2gateway.actions.tags;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;
import dev.ec2gateway.ec2.Tag;
import java.util.List;

/** Tags without a value delete the key whatever its value; no tags at all delete every tag of the resources. */
public record DeleteTagsRequest(
        @Required @Param("ResourceId") List<String> resourceIds,
        @Param("Tag") List<Tag> tags) {
}
