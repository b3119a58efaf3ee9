package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;

/** CloudStack's bridge's admin call: forget the mapping of an EC2 instance type. */
public record DeleteOfferMappingRequest(@Required @Param("amazonoffer") String instanceType) {
}
