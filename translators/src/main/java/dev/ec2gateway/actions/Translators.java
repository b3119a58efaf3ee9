package dev.ec2gateway.actions;

import dev.ec2gateway.actions.instances.InstanceAttributeTranslator;
import dev.ec2gateway.actions.instances.InstanceTranslator;
import dev.ec2gateway.actions.instances.InstanceTypeTranslator;
import dev.ec2gateway.actions.keypairs.KeyPairTranslator;
import dev.ec2gateway.actions.regions.RegionTranslator;
import dev.ec2gateway.actions.users.UserKeysTranslator;
import dev.ec2gateway.actions.zones.AvailabilityZoneTranslator;

/** One translator per EC2 resource area, built once at start-up and shared by every request. */
public record Translators(
        AvailabilityZoneTranslator zones,
        RegionTranslator regions,
        KeyPairTranslator keyPairs,
        UserKeysTranslator userKeys,
        InstanceTranslator instances,
        InstanceTypeTranslator instanceTypes,
        InstanceAttributeTranslator instanceAttributes) {
}
