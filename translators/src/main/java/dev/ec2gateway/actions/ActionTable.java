package dev.ec2gateway.actions;

import static dev.ec2gateway.actions.Action.row;

import dev.ec2gateway.actions.instances.DescribeInstanceAttributeRequest;
import dev.ec2gateway.actions.instances.DescribeInstanceTypesRequest;
import dev.ec2gateway.actions.instances.DescribeInstancesRequest;
import dev.ec2gateway.actions.instances.GetPasswordDataRequest;
import dev.ec2gateway.actions.instances.ModifyInstanceAttributeRequest;
import dev.ec2gateway.actions.instances.RebootInstancesRequest;
import dev.ec2gateway.actions.instances.RunInstancesRequest;
import dev.ec2gateway.actions.instances.StartInstancesRequest;
import dev.ec2gateway.actions.instances.StopInstancesRequest;
import dev.ec2gateway.actions.instances.TerminateInstancesRequest;
import dev.ec2gateway.actions.keypairs.CreateKeyPairRequest;
import dev.ec2gateway.actions.keypairs.DeleteKeyPairRequest;
import dev.ec2gateway.actions.keypairs.DescribeKeyPairsRequest;
import dev.ec2gateway.actions.keypairs.ImportKeyPairRequest;
import dev.ec2gateway.actions.regions.DescribeRegionsRequest;
import dev.ec2gateway.actions.users.SetUserKeysRequest;
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
                row("CreateKeyPair", CreateKeyPairRequest.class, t.keyPairs()::createKeyPair,
                        Mode.SYNC, "createSSHKeyPair"),
                row("DeleteKeyPair", DeleteKeyPairRequest.class, t.keyPairs()::deleteKeyPair,
                        Mode.SYNC, "listSSHKeyPairs", "deleteSSHKeyPair"),
                row("DescribeAvailabilityZones", DescribeAvailabilityZonesRequest.class,
                        t.zones()::describeAvailabilityZones, Mode.SYNC, "listZones"),
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
                row("GetPasswordData", GetPasswordDataRequest.class, t.instanceAttributes()::getPasswordData,
                        Mode.SYNC, "listVirtualMachines", "getVMPassword"),
                row("ImportKeyPair", ImportKeyPairRequest.class, t.keyPairs()::importKeyPair,
                        Mode.SYNC, "registerSSHKeyPair"),
                row("ModifyInstanceAttribute", ModifyInstanceAttributeRequest.class,
                        t.instanceAttributes()::modifyInstanceAttribute, Mode.SYNC, "listVirtualMachines",
                        "listServiceOfferings", "changeServiceForVirtualMachine", "updateVirtualMachine",
                        "listSecurityGroups"),
                row("RebootInstances", RebootInstancesRequest.class, t.instances()::rebootInstances,
                        Mode.ACCEPTED, "listVirtualMachines", "rebootVirtualMachine"),
                row("RunInstances", RunInstancesRequest.class, t.instances()::runInstances, Mode.ACCEPTED,
                        "listTemplates", "listServiceOfferings", "listZones", "listNetworks", "listSecurityGroups",
                        "deployVirtualMachine", "createTags", "listVirtualMachines", "listSSHKeyPairs",
                        "destroyVirtualMachine"),
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
