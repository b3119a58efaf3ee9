package dev.ec2gateway.actions;

import dev.ec2gateway.actions.certificates.CertificateTranslator;
import dev.ec2gateway.actions.addresses.AddressTranslator;
import dev.ec2gateway.actions.images.ImageTranslator;
import dev.ec2gateway.actions.instances.InstanceAttributeTranslator;
import dev.ec2gateway.actions.instances.InstanceTranslator;
import dev.ec2gateway.actions.instances.InstanceTypeTranslator;
import dev.ec2gateway.actions.instances.OfferMappingTranslator;
import dev.ec2gateway.actions.keypairs.KeyPairTranslator;
import dev.ec2gateway.actions.regions.RegionTranslator;
import dev.ec2gateway.actions.securitygroups.SecurityGroupTranslator;
import dev.ec2gateway.actions.snapshots.SnapshotTranslator;
import dev.ec2gateway.actions.tags.TagTranslator;
import dev.ec2gateway.actions.volumes.VolumeTranslator;
import dev.ec2gateway.actions.users.UserKeysTranslator;
import dev.ec2gateway.actions.zones.AvailabilityZoneTranslator;

/** One translator per EC2 resource area, built once at start-up and shared by every request. */
public record Translators(
        AvailabilityZoneTranslator zones,
        RegionTranslator regions,
        KeyPairTranslator keyPairs,
        UserKeysTranslator userKeys,
        InstanceTranslator instances,
        ImageTranslator images,
        SecurityGroupTranslator securityGroups,
        AddressTranslator addresses,
        TagTranslator tags,
        VolumeTranslator volumes,
        SnapshotTranslator snapshots,
        InstanceTypeTranslator instanceTypes,
        InstanceAttributeTranslator instanceAttributes,
        CertificateTranslator certificates,
        OfferMappingTranslator offerMappings) {
}
