package dev.ec2gateway.actions.tags;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;
import dev.ec2gateway.ec2.Tag;
import java.util.List;

public record CreateTagsRequest(
        @Required @Param("ResourceId") List<String> resourceIds,
        @Required @Param("Tag") List<Tag> tags) {
}
