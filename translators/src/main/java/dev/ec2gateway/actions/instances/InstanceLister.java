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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
        CloudStack cloudStack = context.cloudStack();
        Optional<Command> listing = vmListing(cloudStack, filters);
        List<CsVirtualMachine> found;
        Map<String, CsVolume> roots;
        if (listing.isPresent() && uuids == null && pushedDown(filters).isEmpty()) {
            // Nothing narrows the listing: walk the VMs and all ROOT volumes side by side.
            CompletableFuture<Parallel.Outcome<Map<String, CsVolume>>> allRoots =
                    Parallel.start(() -> RootVolumes.all(cloudStack));
            found = cloudStack.list(listing.get(), "virtualmachine", CsVirtualMachine.class);
            roots = allRoots.join().get();
        } else {
            found = listing.isEmpty() ? List.of() : listVms(cloudStack, listing.get(), uuids);
            roots = RootVolumes.of(cloudStack, found);
        }
        List<Listed> listed = new ArrayList<>(view(context, found, roots, terminated));
        Set<String> seen = found.stream().map(CsVirtualMachine::id).collect(Collectors.toSet());
        List<InstanceHistory.Terminated> gone = terminated.values().stream()
                .filter(t -> !seen.contains(t.cloudStackUuid()) && (uuids == null || uuids.contains(t.cloudStackUuid())))
                .toList();
        listed.addAll(remembered(context, gone));
        return listed;
    }

    /** These VMs as instances, with their ROOT volumes and launches; {@code terminated} marks those being destroyed. */
    List<Listed> view(CallContext context, List<CsVirtualMachine> vms, Map<String, CsVolume> roots,
                      Map<String, InstanceHistory.Terminated> terminated) {
        if (vms.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = new HashSet<>();
        vms.forEach(vm -> instanceIds.add(Ec2Ids.of(Kind.INSTANCE, vm.id())));
        Map<String, InstanceHistory.Launch> launches = history.launchesOf(context.accessKey(), instanceIds);
        InstanceTypes types = InstanceTypes.of(mappings);
        List<Listed> listed = new ArrayList<>(vms.size());
        for (CsVirtualMachine vm : vms) {
            String instanceId = Ec2Ids.of(Kind.INSTANCE, vm.id());
            InstanceHistory.Launch launch = launches.get(instanceId);
            Instance instance = InstanceView.of(vm, roots.get(vm.id()), launch, terminated.containsKey(instanceId),
                    types);
            listed.add(new Listed(vm.id(), reservationOf(vm.id(), launch), vm.account(), instance));
        }
        return listed;
    }

    /** Terminated instances CloudStack no longer lists, as the gateway last saw them. */
    List<Listed> remembered(CallContext context, Collection<InstanceHistory.Terminated> gone) {
        if (gone.isEmpty()) {
            return List.of();
        }
        Map<String, InstanceHistory.Launch> launches = history.launchesOf(context.accessKey(),
                gone.stream().map(t -> t.lastView().instanceId()).toList());
        return gone.stream().map(t -> new Listed(t.cloudStackUuid(), reservationOf(t.cloudStackUuid(),
                        launches.get(t.lastView().instanceId())), t.ownerId(),
                        t.lastView().withState(InstanceState.TERMINATED)))
                .toList();
    }

    /**
     * The remembered terminated instances that CloudStack does not list under these filters (one call
     * for their ids), oldest termination first, so that the last pages of a walk show them in a stable order.
     */
    List<Listed> rememberedOnly(CallContext context, Map<String, InstanceHistory.Terminated> terminated,
                                List<Filter> filters) {
        if (terminated.isEmpty()) {
            return List.of();
        }
        Set<String> uuids = terminated.values().stream().map(InstanceHistory.Terminated::cloudStackUuid)
                .collect(Collectors.toSet());
        Optional<Command> listing = vmListing(context.cloudStack(), filters);
        Set<String> listed = listing.isEmpty() ? Set.of() : listVms(context.cloudStack(), listing.get(), uuids)
                .stream().map(CsVirtualMachine::id).collect(Collectors.toSet());
        return remembered(context, terminated.values().stream().filter(t -> !listed.contains(t.cloudStackUuid()))
                .sorted(Comparator.comparing(InstanceHistory.Terminated::terminatedAt)
                        .thenComparing(t -> t.lastView().instanceId()))
                .toList());
    }

    /** The UUIDs of all the caller's VMs (to find ids the id index does not know). */
    List<String> allUuids(CallContext context) {
        return context.cloudStack().list(Command.of("listVirtualMachines").with("details", "min"), "virtualmachine",
                CsVirtualMachine.class).stream().map(CsVirtualMachine::id).toList();
    }

    static String reservationOf(String uuid, InstanceHistory.Launch launch) {
        return launch != null ? launch.reservationId() : Ec2Ids.of(Kind.RESERVATION, uuid);
    }

    /** The filters CloudStack applies itself: the first exact tag filter and an exact availability-zone. */
    static List<Filter> pushedDown(List<Filter> filters) {
        List<Filter> pushed = new ArrayList<>();
        filters.stream().filter(f -> f.name().startsWith("tag:") && isExact(f)).findFirst().ifPresent(pushed::add);
        filters.stream().filter(f -> f.name().equals("availability-zone") && isExact(f)).findFirst()
                .ifPresent(pushed::add);
        return pushed;
    }

    /**
     * listVirtualMachines with the filters CloudStack can apply; empty when a pushed-down filter already
     * shows nothing can match (an unknown zone name).
     */
    static Optional<Command> vmListing(CloudStack cloudStack, List<Filter> filters) {
        Command command = Command.of("listVirtualMachines");
        for (Filter filter : pushedDown(filters)) {
            String value = filter.values().get(0);
            if (filter.name().startsWith("tag:")) {
                command = command.with("tags[0].key", filter.name().substring(4)).with("tags[0].value", value);
                continue;
            }
            Optional<CsZone> match = cloudStack.list(Command.of("listZones").with("name", value), "zone", CsZone.class)
                    .stream().filter(z -> z.name().equals(value)).findFirst();
            if (match.isEmpty()) {
                return Optional.empty();
            }
            command = command.with("zoneid", match.get().id());
        }
        return Optional.of(command);
    }

    /** The VMs the listing finds, with {@code uuids} only those (null: all). */
    private static List<CsVirtualMachine> listVms(CloudStack cloudStack, Command listing, Collection<String> uuids) {
        if (uuids == null) {
            return cloudStack.list(listing, "virtualmachine", CsVirtualMachine.class);
        }
        if (uuids.isEmpty()) {
            return List.of();
        }
        try {
            return cloudStack.list(listing.withList("ids", List.copyOf(uuids)), "virtualmachine",
                    CsVirtualMachine.class);
        } catch (CloudStackException e) {
            if (e.errorCode() != 431) {
                throw e;
            }
            // One of the ids no longer exists at all (expunged): CloudStack refuses the whole list.
            List<CsVirtualMachine> all = cloudStack.list(listing, "virtualmachine", CsVirtualMachine.class);
            return all.stream().filter(vm -> uuids.contains(vm.id())).toList();
        }
    }

    private static boolean isExact(Filter filter) {
        return filter.values().size() == 1 && filter.values().get(0).chars().noneMatch(c -> c == '*' || c == '?'
                || c == '\\');
    }
}
