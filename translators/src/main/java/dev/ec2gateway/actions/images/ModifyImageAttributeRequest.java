package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;
import java.util.List;

/** Both forms: the structured one ({@code LaunchPermission.Add.N.Group}, {@code Description.Value}) and the old flat one. */
public record ModifyImageAttributeRequest(
        @Required String imageId,
        LaunchPermissionModifications launchPermission,
        AttributeValue description,
        String attribute,
        String operationType,
        @Param("UserGroup") List<String> userGroups,
        @Param("UserId") List<String> userIds,
        String value) {
}
