package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.instances.CsCatalog.CsVolume;
import dev.ec2gateway.actions.instances.CsCatalog.CsZone;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists a caller's instances: the VMs CloudStack shows (with the filters it can apply pushed down),
 * their ROOT volumes in one more call, their launches, and the terminated instances the gateway
 * remembers. A bounded number of calls whatever the number of VMs.
 */
final class InstanceLister {
    private final InstanceHistory history;
    private final Duration terminatedVisible;
    private final Clock clock;
    private final InstanceTypeMappings mappings;

    InstanceLister(InstanceHistory history, Duration terminatedVisible, Clock clock, InstanceTypeMappings mappings) {
        this.history = history;
        this.mappings = mappings;
        this.terminatedVisible = terminatedVisible;
        this.clock = clock;
    }

    /** The terminated instances the caller may still see, by instance id. */
    Map<String, InstanceHistory.Terminated> terminated(CallContext context) {
        return history.terminatedSince(context.accessKey(), clock.instant().minus(terminatedVisible)).stream()
                .collect(Collectors.toMap(t -> t.lastView().instanceId(), Function.identity(), (a, b) -> b,
                        LinkedHashMap::new));
    }

    /**
     * The caller's instances: with {@code uuids} only those VMs (null: all), narrowed by whatever of
     * {@code filters} CloudStack can apply; the remembered terminated ones are added when not listed.
     */
    List<Listed> list(CallContext context, Collection<String> uuids, List<Filter> filters) {
        Map<String, InstanceHistory.Terminated> terminated = terminated(context);
        Optional<List<CsVirtualMachine>> vms = listVms(context.cloudStack(), uuids, filters);
        List<CsVirtualMachine> found = vms.orElse(List.of());
        Map<String, CsVolume> roots = rootVolumes(context.cloudStack(), found);
        Set<String> instanceIds = new HashSet<>(terminated.keySet());
        found.forEach(vm -> instanceIds.add(Ec2Ids.of(Kind.INSTANCE, vm.id())));
        Map<String, InstanceHistory.Launch> launches = instanceIds.isEmpty() ? Map.of()
                : history.launchesOf(context.accessKey(), instanceIds);
        InstanceTypes types = found.isEmpty() ? null : InstanceTypes.of(mappings);
        List<Listed> listed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsVirtualMachine vm : found) {
            String instanceId = Ec2Ids.of(Kind.INSTANCE, vm.id());
            seen.add(instanceId);
            InstanceHistory.Launch launch = launches.get(instanceId);
            Instance instance = InstanceView.of(vm, roots.get(vm.id()), launch, terminated.containsKey(instanceId),
                    types);
            listed.add(new Listed(vm.id(), reservationOf(vm.id(), launch), vm.account(), instance));
        }
        for (InstanceHistory.Terminated gone : terminated.values()) {
            String instanceId = gone.lastView().instanceId();
            if (!seen.contains(instanceId) && (uuids == null || uuids.contains(gone.cloudStackUuid()))) {
                listed.add(new Listed(gone.cloudStackUuid(), reservationOf(gone.cloudStackUuid(),
                        launches.get(instanceId)), gone.ownerId(), gone.lastView().withState(InstanceState.TERMINATED)));
            }
        }
        return listed;
    }

    /** The UUIDs of all the caller's VMs (to find ids the id index does not know). */
    List<String> allUuids(CallContext context) {
        return context.cloudStack().list(Command.of("listVirtualMachines").with("details", "min"), "virtualmachine",
                CsVirtualMachine.class).stream().map(CsVirtualMachine::id).toList();
    }

    static String reservationOf(String uuid, InstanceHistory.Launch launch) {
        return launch != null ? launch.reservationId() : Ec2Ids.of(Kind.RESERVATION, uuid);
    }

    /** Empty when a pushed-down filter already shows nothing can match (an unknown zone name). */
    private Optional<List<CsVirtualMachine>> listVms(CloudStack cloudStack, Collection<String> uuids,
                                                     List<Filter> filters) {
        Command command = Command.of("listVirtualMachines");
        Optional<Filter> tag = filters.stream().filter(f -> f.name().startsWith("tag:") && isExact(f)).findFirst();
        if (tag.isPresent()) {
            command = command.with("tags[0].key", tag.get().name().substring(4))
                    .with("tags[0].value", tag.get().values().get(0));
        }
        Optional<Filter> zone = filters.stream().filter(f -> f.name().equals("availability-zone") && isExact(f))
                .findFirst();
        if (zone.isPresent()) {
            String name = zone.get().values().get(0);
            Optional<CsZone> match = cloudStack.list(Command.of("listZones").with("name", name), "zone", CsZone.class)
                    .stream().filter(z -> z.name().equals(name)).findFirst();
            if (match.isEmpty()) {
                return Optional.empty();
            }
            command = command.with("zoneid", match.get().id());
        }
        if (uuids == null) {
            return Optional.of(cloudStack.list(command, "virtualmachine", CsVirtualMachine.class));
        }
        if (uuids.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(cloudStack.list(command.withList("ids", List.copyOf(uuids)), "virtualmachine",
                    CsVirtualMachine.class));
        } catch (CloudStackException e) {
            if (e.errorCode() != 431) {
                throw e;
            }
            // One of the ids no longer exists at all (expunged): CloudStack refuses the whole list.
            List<CsVirtualMachine> all = cloudStack.list(command, "virtualmachine", CsVirtualMachine.class);
            return Optional.of(all.stream().filter(vm -> uuids.contains(vm.id())).toList());
        }
    }

    /** ROOT volumes by VM: one call for one VM, one for all of them otherwise. */
    private static Map<String, CsVolume> rootVolumes(CloudStack cloudStack, List<CsVirtualMachine> vms) {
        if (vms.isEmpty()) {
            return Map.of();
        }
        Command command = Command.of("listVolumes").with("type", "ROOT");
        if (vms.size() == 1) {
            command = command.with("virtualmachineid", vms.get(0).id());
        }
        Map<String, CsVolume> roots = new LinkedHashMap<>();
        for (CsVolume volume : cloudStack.list(command, "volume", CsVolume.class)) {
            if (volume.virtualmachineid() != null) {
                roots.putIfAbsent(volume.virtualmachineid(), volume);
            }
        }
        return roots;
    }

    private static boolean isExact(Filter filter) {
        return filter.values().size() == 1 && filter.values().get(0).chars().noneMatch(c -> c == '*' || c == '?'
                || c == '\\');
    }
}
