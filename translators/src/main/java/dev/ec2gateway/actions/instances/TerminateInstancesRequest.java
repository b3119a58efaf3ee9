package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;
import java.util.List;

public record TerminateInstancesRequest(@Required @Param("InstanceId") List<String> instanceIds) {
}
