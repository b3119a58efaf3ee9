package dev.ec2gateway.actions;

import static dev.ec2gateway.actions.Action.row;

import dev.ec2gateway.actions.addresses.AllocateAddressRequest;
import dev.ec2gateway.actions.addresses.AssociateAddressRequest;
import dev.ec2gateway.actions.addresses.DescribeAddressesRequest;
import dev.ec2gateway.actions.addresses.DisassociateAddressRequest;
import dev.ec2gateway.actions.addresses.ReleaseAddressRequest;
import dev.ec2gateway.actions.images.CreateImageRequest;
import dev.ec2gateway.actions.images.DeregisterImageRequest;
import dev.ec2gateway.actions.images.DescribeImageAttributeRequest;
import dev.ec2gateway.actions.images.DescribeImagesRequest;
import dev.ec2gateway.actions.images.ModifyImageAttributeRequest;
import dev.ec2gateway.actions.images.RegisterImageRequest;
import dev.ec2gateway.actions.images.ResetImageAttributeRequest;
import dev.ec2gateway.actions.instances.DescribeInstanceAttributeRequest;
import dev.ec2gateway.actions.instances.DescribeInstanceTypesRequest;
import dev.ec2gateway.actions.instances.DeleteOfferMappingRequest;
import dev.ec2gateway.actions.instances.DescribeInstancesRequest;
import dev.ec2gateway.actions.instances.GetPasswordDataRequest;
import dev.ec2gateway.actions.instances.ModifyInstanceAttributeRequest;
import dev.ec2gateway.actions.instances.RebootInstancesRequest;
import dev.ec2gateway.actions.instances.RunInstancesRequest;
import dev.ec2gateway.actions.instances.SetOfferMappingRequest;
import dev.ec2gateway.actions.instances.StartInstancesRequest;
import dev.ec2gateway.actions.instances.StopInstancesRequest;
import dev.ec2gateway.actions.instances.TerminateInstancesRequest;
import dev.ec2gateway.actions.keypairs.CreateKeyPairRequest;
import dev.ec2gateway.actions.keypairs.DeleteKeyPairRequest;
import dev.ec2gateway.actions.keypairs.DescribeKeyPairsRequest;
import dev.ec2gateway.actions.keypairs.ImportKeyPairRequest;
import dev.ec2gateway.actions.regions.DescribeRegionsRequest;
import dev.ec2gateway.actions.securitygroups.CreateSecurityGroupRequest;
import dev.ec2gateway.actions.securitygroups.DeleteSecurityGroupRequest;
import dev.ec2gateway.actions.securitygroups.DescribeSecurityGroupsRequest;
import dev.ec2gateway.actions.securitygroups.SecurityGroupRulesRequest;
import dev.ec2gateway.actions.snapshots.CreateSnapshotRequest;
import dev.ec2gateway.actions.snapshots.DeleteSnapshotRequest;
import dev.ec2gateway.actions.snapshots.DescribeSnapshotsRequest;
import dev.ec2gateway.actions.tags.CreateTagsRequest;
import dev.ec2gateway.actions.tags.DeleteTagsRequest;
import dev.ec2gateway.actions.tags.DescribeTagsRequest;
import dev.ec2gateway.actions.users.SetUserKeysRequest;
import dev.ec2gateway.actions.certificates.DeleteCertificateRequest;
import dev.ec2gateway.actions.certificates.SetCertificateRequest;
import dev.ec2gateway.actions.volumes.AttachVolumeRequest;
import dev.ec2gateway.actions.volumes.CreateVolumeRequest;
import dev.ec2gateway.actions.volumes.DeleteVolumeRequest;
import dev.ec2gateway.actions.volumes.DescribeVolumesRequest;
import dev.ec2gateway.actions.volumes.DetachVolumeRequest;
import dev.ec2gateway.actions.zones.DescribeAvailabilityZonesRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every action the gateway serves, one row each, sorted by name. The dispatcher, the coverage page in
 * docs/ and the UnsupportedOperation answer all come from here; a duplicate row fails at start-up.
 */
public final class ActionTable {
    /** Actions of the gateway's own, not of EC2 (CloudStack's bridge offered them). */
    public static final Set<String> GATEWAY_ACTIONS = Set.of("SetUserKeys", "SetCertificate", "DeleteCertificate",
            "SetOfferMapping", "DeleteOfferMapping");

    private final Map<String, Action<?, ?>> rows;

    private ActionTable(List<Action<?, ?>> actions) {
        this.rows = Map.ofEntries(actions.stream()
                .map(a -> Map.entry(a.name(), (Action<?, ?>) a))
                .toArray(Map.Entry[]::new));
    }

    public static ActionTable create(Translators t) {
        return of(List.of(
                row("AllocateAddress", AllocateAddressRequest.class, t.addresses()::allocateAddress, Mode.AWAITED,
                        "listZones", "listNetworks", "associateIpAddress"),
                row("AssociateAddress", AssociateAddressRequest.class, t.addresses()::associateAddress, Mode.AWAITED,
                        "listPublicIpAddresses", "listVirtualMachines", "disableStaticNat", "enableStaticNat"),
                row("AttachVolume", AttachVolumeRequest.class, t.volumes()::attachVolume, Mode.ACCEPTED,
                        "listVolumes", "listVirtualMachines", "attachVolume"),
                row("AuthorizeSecurityGroupEgress", SecurityGroupRulesRequest.class,
                        t.securityGroups()::authorizeSecurityGroupEgress, Mode.AWAITED,
                        "listSecurityGroups", "authorizeSecurityGroupEgress"),
                row("AuthorizeSecurityGroupIngress", SecurityGroupRulesRequest.class,
                        t.securityGroups()::authorizeSecurityGroupIngress, Mode.AWAITED,
                        "listSecurityGroups", "authorizeSecurityGroupIngress"),
                row("CreateImage", CreateImageRequest.class, t.images()::createImage, Mode.AWAITED,
                        "listVirtualMachines", "listVolumes", "createSnapshot", "createTemplate", "createTags"),
                row("CreateKeyPair", CreateKeyPairRequest.class, t.keyPairs()::createKeyPair,
                        Mode.SYNC, "createSSHKeyPair"),
                row("CreateSecurityGroup", CreateSecurityGroupRequest.class, t.securityGroups()::createSecurityGroup,
                        Mode.SYNC, "createSecurityGroup", "listSecurityGroups"),
                row("CreateSnapshot", CreateSnapshotRequest.class, t.snapshots()::createSnapshot, Mode.ACCEPTED,
                        "listVolumes", "createSnapshot"),
                row("CreateTags", CreateTagsRequest.class, t.tags()::createTags, Mode.AWAITED,
                        "listVirtualMachines", "listVolumes", "listSnapshots", "listTemplates",
                        "listSecurityGroups", "listPublicIpAddresses", "listTags", "deleteTags", "createTags"),
                row("CreateVolume", CreateVolumeRequest.class, t.volumes()::createVolume, Mode.ACCEPTED,
                        "listZones", "listDiskOfferings", "listSnapshots", "createVolume", "createTags"),
                row("DeleteCertificate", DeleteCertificateRequest.class, t.certificates()::deleteCertificate,
                        Mode.SYNC),
                row("DeleteKeyPair", DeleteKeyPairRequest.class, t.keyPairs()::deleteKeyPair,
                        Mode.SYNC, "listSSHKeyPairs", "deleteSSHKeyPair"),
                row("DeleteOfferMapping", DeleteOfferMappingRequest.class, t.offerMappings()::deleteOfferMapping,
                        Mode.SYNC, "getUser"),
                row("DeleteSecurityGroup", DeleteSecurityGroupRequest.class, t.securityGroups()::deleteSecurityGroup,
                        Mode.SYNC, "listSecurityGroups", "deleteSecurityGroup"),
                row("DeleteSnapshot", DeleteSnapshotRequest.class, t.snapshots()::deleteSnapshot, Mode.ACCEPTED,
                        "listSnapshots", "deleteSnapshot"),
                row("DeleteTags", DeleteTagsRequest.class, t.tags()::deleteTags, Mode.AWAITED,
                        "listVirtualMachines", "listVolumes", "listSnapshots", "listTemplates",
                        "listSecurityGroups", "listPublicIpAddresses", "listTags", "deleteTags"),
                row("DeleteVolume", DeleteVolumeRequest.class, t.volumes()::deleteVolume, Mode.SYNC,
                        "listVolumes", "deleteVolume"),
                row("DeregisterImage", DeregisterImageRequest.class, t.images()::deregisterImage,
                        Mode.ACCEPTED, "listTemplates", "deleteTemplate"),
                row("DescribeAddresses", DescribeAddressesRequest.class, t.addresses()::describeAddresses,
                        Mode.SYNC, "listPublicIpAddresses"),
                row("DescribeAvailabilityZones", DescribeAvailabilityZonesRequest.class,
                        t.zones()::describeAvailabilityZones, Mode.SYNC, "listZones"),
                row("DescribeImageAttribute", DescribeImageAttributeRequest.class,
                        t.images()::describeImageAttribute, Mode.SYNC, "listTemplates", "listTemplatePermissions"),
                row("DescribeImages", DescribeImagesRequest.class, t.images()::describeImages, Mode.SYNC,
                        "listTemplates"),
                row("DescribeInstanceAttribute", DescribeInstanceAttributeRequest.class,
                        t.instanceAttributes()::describeInstanceAttribute, Mode.SYNC, "listVirtualMachines",
                        "listVolumes", "getVirtualMachineUserData"),
                row("DescribeInstanceTypes", DescribeInstanceTypesRequest.class,
                        t.instanceTypes()::describeInstanceTypes, Mode.SYNC, "listServiceOfferings"),
                row("DescribeInstances", DescribeInstancesRequest.class, t.instances()::describeInstances,
                        Mode.SYNC, "listVirtualMachines", "listVolumes", "listZones"),
                row("DescribeKeyPairs", DescribeKeyPairsRequest.class, t.keyPairs()::describeKeyPairs,
                        Mode.SYNC, "listSSHKeyPairs"),
                row("DescribeRegions", DescribeRegionsRequest.class, t.regions()::describeRegions, Mode.SYNC),
                row("DescribeSecurityGroups", DescribeSecurityGroupsRequest.class,
                        t.securityGroups()::describeSecurityGroups, Mode.SYNC, "listSecurityGroups"),
                row("DescribeSnapshots", DescribeSnapshotsRequest.class, t.snapshots()::describeSnapshots,
                        Mode.SYNC, "listSnapshots"),
                row("DescribeTags", DescribeTagsRequest.class, t.tags()::describeTags, Mode.SYNC, "listTags"),
                row("DescribeVolumes", DescribeVolumesRequest.class, t.volumes()::describeVolumes, Mode.SYNC,
                        "listVolumes", "listAsyncJobs"),
                row("DetachVolume", DetachVolumeRequest.class, t.volumes()::detachVolume, Mode.ACCEPTED,
                        "listVolumes", "listVirtualMachines", "detachVolume"),
                row("DisassociateAddress", DisassociateAddressRequest.class, t.addresses()::disassociateAddress,
                        Mode.ACCEPTED, "listPublicIpAddresses", "disableStaticNat"),
                row("GetPasswordData", GetPasswordDataRequest.class, t.instanceAttributes()::getPasswordData,
                        Mode.SYNC, "listVirtualMachines", "getVMPassword"),
                row("ImportKeyPair", ImportKeyPairRequest.class, t.keyPairs()::importKeyPair,
                        Mode.SYNC, "registerSSHKeyPair"),
                row("ModifyImageAttribute", ModifyImageAttributeRequest.class, t.images()::modifyImageAttribute,
                        Mode.SYNC, "listTemplates", "updateTemplatePermissions", "updateTemplate"),
                row("ModifyInstanceAttribute", ModifyInstanceAttributeRequest.class,
                        t.instanceAttributes()::modifyInstanceAttribute, Mode.SYNC, "listVirtualMachines",
                        "listServiceOfferings", "changeServiceForVirtualMachine", "updateVirtualMachine",
                        "listSecurityGroups"),
                row("RebootInstances", RebootInstancesRequest.class, t.instances()::rebootInstances,
                        Mode.ACCEPTED, "listVirtualMachines", "rebootVirtualMachine"),
                row("RegisterImage", RegisterImageRequest.class, t.images()::registerImage, Mode.SYNC,
                        "listZones", "listHypervisors", "listOsTypes", "registerTemplate"),
                row("ReleaseAddress", ReleaseAddressRequest.class, t.addresses()::releaseAddress, Mode.ACCEPTED,
                        "listPublicIpAddresses", "disassociateIpAddress"),
                row("ResetImageAttribute", ResetImageAttributeRequest.class, t.images()::resetImageAttribute,
                        Mode.SYNC, "listTemplates", "updateTemplatePermissions"),
                row("RevokeSecurityGroupEgress", SecurityGroupRulesRequest.class,
                        t.securityGroups()::revokeSecurityGroupEgress, Mode.AWAITED,
                        "listSecurityGroups", "revokeSecurityGroupEgress"),
                row("RevokeSecurityGroupIngress", SecurityGroupRulesRequest.class,
                        t.securityGroups()::revokeSecurityGroupIngress, Mode.AWAITED,
                        "listSecurityGroups", "revokeSecurityGroupIngress"),
                row("RunInstances", RunInstancesRequest.class, t.instances()::runInstances, Mode.ACCEPTED,
                        "listTemplates", "listServiceOfferings", "listZones", "listNetworks", "listSecurityGroups",
                        "deployVirtualMachine", "createTags", "listVirtualMachines", "listSSHKeyPairs",
                        "destroyVirtualMachine"),
                row("SetCertificate", SetCertificateRequest.class, t.certificates()::setCertificate, Mode.SYNC),
                row("SetOfferMapping", SetOfferMappingRequest.class, t.offerMappings()::setOfferMapping,
                        Mode.SYNC, "getUser", "listServiceOfferings"),
                row("SetUserKeys", SetUserKeysRequest.class, t.userKeys()::setUserKeys,
                        Mode.SYNC, "listCapabilities").access(Access.SELF_REGISTERING),
                row("StartInstances", StartInstancesRequest.class, t.instances()::startInstances,
                        Mode.ACCEPTED, "listVirtualMachines", "startVirtualMachine"),
                row("StopInstances", StopInstancesRequest.class, t.instances()::stopInstances,
                        Mode.ACCEPTED, "listVirtualMachines", "stopVirtualMachine"),
                row("TerminateInstances", TerminateInstancesRequest.class, t.instances()::terminateInstances,
                        Mode.ACCEPTED, "listVirtualMachines", "destroyVirtualMachine")));
    }

    /** A table of exactly these rows (tests build small ones). */
    public static ActionTable of(Collection<Action<?, ?>> actions) {
        return new ActionTable(List.copyOf(actions));
    }

    public Optional<Action<?, ?>> find(String action) {
        return Optional.ofNullable(rows.get(action));
    }

    /** The rows sorted by action name. */
    public List<Action<?, ?>> rows() {
        return rows.values().stream().sorted(java.util.Comparator.comparing(Action::name)).toList();
    }

}
