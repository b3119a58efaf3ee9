package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;
import java.util.List;

/** Either {@code Attribute} and {@code Value} (older clients) or one {@code X.Value} / {@code GroupId.N}. */
public record ModifyInstanceAttributeRequest(
        @Required String instanceId,
        String attribute,
        String value,
        AttributeValue instanceType,
        AttributeValue userData,
        @Param("GroupId") List<String> groupIds) {
}
