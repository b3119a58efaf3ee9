package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;

/** CloudStack's bridge's admin call: map an EC2 instance type to a compute offering (name or id). */
public record SetOfferMappingRequest(
        @Required @Param("amazonoffer") String instanceType,
        @Required @Param("cloudoffer") String offering) {
}
