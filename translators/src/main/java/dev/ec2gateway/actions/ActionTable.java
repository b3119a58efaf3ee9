package dev.ec2gateway.actions;

import static dev.ec2gateway.actions.Action.row;

import dev.ec2gateway.actions.keypairs.CreateKeyPairRequest;
import dev.ec2gateway.actions.keypairs.DeleteKeyPairRequest;
import dev.ec2gateway.actions.keypairs.DescribeKeyPairsRequest;
import dev.ec2gateway.actions.keypairs.ImportKeyPairRequest;
import dev.ec2gateway.actions.regions.DescribeRegionsRequest;
import dev.ec2gateway.actions.snapshots.CreateSnapshotRequest;
import dev.ec2gateway.actions.snapshots.DeleteSnapshotRequest;
import dev.ec2gateway.actions.snapshots.DescribeSnapshotsRequest;
import dev.ec2gateway.actions.tags.CreateTagsRequest;
import dev.ec2gateway.actions.tags.DeleteTagsRequest;
import dev.ec2gateway.actions.tags.DescribeTagsRequest;
import dev.ec2gateway.actions.users.SetUserKeysRequest;
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
    public static final Set<String> GATEWAY_ACTIONS = Set.of("SetUserKeys");

    private final Map<String, Action<?, ?>> rows;

    private ActionTable(List<Action<?, ?>> actions) {
        this.rows = Map.ofEntries(actions.stream()
                .map(a -> Map.entry(a.name(), (Action<?, ?>) a))
                .toArray(Map.Entry[]::new));
    }

    public static ActionTable create(Translators t) {
        return of(List.of(
                row("AttachVolume", AttachVolumeRequest.class, t.volumes()::attachVolume, Mode.ACCEPTED,
                        "listVolumes", "listVirtualMachines", "attachVolume"),
                row("CreateKeyPair", CreateKeyPairRequest.class, t.keyPairs()::createKeyPair,
                        Mode.SYNC, "createSSHKeyPair"),
                row("CreateSnapshot", CreateSnapshotRequest.class, t.snapshots()::createSnapshot, Mode.ACCEPTED,
                        "listVolumes", "createSnapshot"),
                row("CreateTags", CreateTagsRequest.class, t.tags()::createTags, Mode.AWAITED,
                        "listVirtualMachines", "listVolumes", "listSnapshots", "listTemplates",
                        "listSecurityGroups", "listPublicIpAddresses", "listTags", "deleteTags", "createTags"),
                row("CreateVolume", CreateVolumeRequest.class, t.volumes()::createVolume, Mode.ACCEPTED,
                        "listZones", "listDiskOfferings", "listSnapshots", "createVolume", "createTags"),
                row("DeleteKeyPair", DeleteKeyPairRequest.class, t.keyPairs()::deleteKeyPair,
                        Mode.SYNC, "listSSHKeyPairs", "deleteSSHKeyPair"),
                row("DeleteSnapshot", DeleteSnapshotRequest.class, t.snapshots()::deleteSnapshot, Mode.ACCEPTED,
                        "listSnapshots", "deleteSnapshot"),
                row("DeleteTags", DeleteTagsRequest.class, t.tags()::deleteTags, Mode.AWAITED,
                        "listVirtualMachines", "listVolumes", "listSnapshots", "listTemplates",
                        "listSecurityGroups", "listPublicIpAddresses", "listTags", "deleteTags"),
                row("DeleteVolume", DeleteVolumeRequest.class, t.volumes()::deleteVolume, Mode.SYNC,
                        "listVolumes", "deleteVolume"),
                row("DescribeAvailabilityZones", DescribeAvailabilityZonesRequest.class,
                        t.zones()::describeAvailabilityZones, Mode.SYNC, "listZones"),
                row("DescribeKeyPairs", DescribeKeyPairsRequest.class, t.keyPairs()::describeKeyPairs,
                        Mode.SYNC, "listSSHKeyPairs"),
                row("DescribeRegions", DescribeRegionsRequest.class, t.regions()::describeRegions, Mode.SYNC),
                row("DescribeSnapshots", DescribeSnapshotsRequest.class, t.snapshots()::describeSnapshots,
                        Mode.SYNC, "listSnapshots"),
                row("DescribeTags", DescribeTagsRequest.class, t.tags()::describeTags, Mode.SYNC, "listTags"),
                row("DescribeVolumes", DescribeVolumesRequest.class, t.volumes()::describeVolumes, Mode.SYNC,
                        "listVolumes", "listAsyncJobs"),
                row("DetachVolume", DetachVolumeRequest.class, t.volumes()::detachVolume, Mode.ACCEPTED,
                        "listVolumes", "listVirtualMachines", "detachVolume"),
                row("ImportKeyPair", ImportKeyPairRequest.class, t.keyPairs()::importKeyPair,
                        Mode.SYNC, "registerSSHKeyPair"),
                row("SetUserKeys", SetUserKeysRequest.class, t.userKeys()::setUserKeys,
                        Mode.SYNC, "listCapabilities").access(Access.SELF_REGISTERING)));
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
