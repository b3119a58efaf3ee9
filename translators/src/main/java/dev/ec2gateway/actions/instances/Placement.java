package dev.ec2gateway.actions.instances;

/** Where an instance runs; also the {@code Placement.*} parameters of RunInstances. */
public record Placement(String availabilityZone, String groupName, String tenancy) {
}
