package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.FilterSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DescribeInstances, RunInstances, StartInstances, StopInstances, RebootInstances and
 * TerminateInstances on CloudStack's virtual machines.
 */
public final class InstanceTranslator {
    private static final FilterSpec<Listed> FILTERS = FilterSpec.<Listed>builder()
            .field("instance-id", l -> l.instance().instanceId())
            .field("instance-state-name", l -> l.instance().instanceState().name())
            .field("instance-state-code", l -> l.instance().instanceState().code())
            .field("instance-type", l -> l.instance().instanceType())
            .field("image-id", l -> l.instance().imageId())
            .field("availability-zone", l -> l.instance().placement().availabilityZone())
            .field("key-name", l -> l.instance().keyName())
            .field("ip-address", l -> l.instance().ipAddress())
            .field("private-ip-address", l -> l.instance().privateIpAddress())
            .field("private-dns-name", l -> l.instance().privateDnsName())
            .field("dns-name", l -> l.instance().dnsName())
            .field("reservation-id", Listed::reservationId)
            .field("owner-id", Listed::ownerId)
            .field("subnet-id", l -> l.instance().subnetId())
            .field("client-token", l -> l.instance().clientToken())
            .field("launch-index", l -> l.instance().amiLaunchIndex())
            .field("architecture", l -> l.instance().architecture())
            .field("hypervisor", l -> l.instance().hypervisor())
            .field("root-device-type", l -> l.instance().rootDeviceType())
            .multi("group-id", l -> l.instance().groupSet().stream().map(GroupIdentifier::groupId).toList())
            .multi("group-name", l -> l.instance().groupSet().stream().map(GroupIdentifier::groupName).toList())
            .multi("instance.group-id", l -> l.instance().groupSet().stream().map(GroupIdentifier::groupId).toList())
            .multi("instance.group-name", l -> l.instance().groupSet().stream().map(GroupIdentifier::groupName)
                    .toList())
            .tags(l -> l.instance().tagSet())
            .build();

    private static final int MIN_RESULTS = 5;
    private static final int MAX_RESULTS = 1000;

    private final ResourceIds ids;
    private final InstanceLister lister;
    private final InstancePager pager;
    private final Launcher launcher;
    private final StateChanges stateChanges;

    private final InstanceTypeMappings mappings;

    public InstanceTranslator(ResourceIds ids, InstanceHistory history, ClientTokens tokens,
                              InstanceTypeMappings mappings, InstanceSettings settings, Clock clock) {
        this.ids = ids;
        this.mappings = mappings;
        this.lister = new InstanceLister(history, settings.terminatedVisible(), clock, mappings);
        this.pager = new InstancePager(lister, new RootVolumeSnapshots(clock), settings.listPageSize());
        this.launcher = new Launcher(ids, history, tokens, mappings, settings.defaultZone(), clock);
        this.stateChanges = new StateChanges(this::find, history, clock);
    }

    public DescribeInstancesResult describeInstances(DescribeInstancesRequest request, CallContext context) {
        if (!request.instanceIds().isEmpty() && request.maxResults() != null) {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with(
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        var predicate = FILTERS.predicate(request.filters());
        if (request.instanceIds().isEmpty() && request.maxResults() != null
                && InstanceLister.pushedDown(request.filters()).size() == request.filters().size()) {
            // CloudStack applies every filter: it can cut the pages itself.
            Page.requireMaxResults(request.maxResults(), MIN_RESULTS, MAX_RESULTS);
            Page<Listed> page = pager.page(context, request.filters(), request.maxResults(), request.nextToken());
            return new DescribeInstancesResult(reservations(page.items().stream().filter(predicate).toList()),
                    page.nextToken());
        }
        List<Listed> listed = request.instanceIds().isEmpty()
                ? lister.list(context, null, request.filters())
                : find(context, request.instanceIds(), request).values().stream().toList();
        Page<Reservation> page = Page.of(reservations(listed.stream().filter(predicate).toList()),
                request.maxResults(), request.nextToken(), MIN_RESULTS, MAX_RESULTS);
        return new DescribeInstancesResult(page.items(), page.nextToken());
    }

    /** Instances grouped into their reservations, in the order each reservation first appears. */
    private static List<Reservation> reservations(List<Listed> listed) {
        Map<String, List<Listed>> byReservation = new LinkedHashMap<>();
        for (Listed item : listed) {
            byReservation.computeIfAbsent(item.reservationId(), r -> new ArrayList<>()).add(item);
        }
        return byReservation.entrySet().stream()
                .map(e -> new Reservation(e.getKey(), e.getValue().get(0).ownerId(),
                        e.getValue().get(0).instance().groupSet(),
                        e.getValue().stream().map(Listed::instance).toList()))
                .toList();
    }

    public RunInstancesResult runInstances(RunInstancesRequest request, CallContext context) {
        return launcher.runInstances(request, context);
    }

    public StartInstancesResult startInstances(StartInstancesRequest request, CallContext context) {
        return new StartInstancesResult(stateChanges.start(request.instanceIds(), context));
    }

    public StopInstancesResult stopInstances(StopInstancesRequest request, CallContext context) {
        return new StopInstancesResult(stateChanges.stop(request.instanceIds(), Boolean.TRUE.equals(request.force()),
                context));
    }

    public RebootInstancesResult rebootInstances(RebootInstancesRequest request, CallContext context) {
        stateChanges.reboot(request.instanceIds(), context);
        return new RebootInstancesResult(true);
    }

    public TerminateInstancesResult terminateInstances(TerminateInstancesRequest request, CallContext context) {
        return new TerminateInstancesResult(stateChanges.terminate(request.instanceIds(), context));
    }

    /** The instance types as the admin's mappings make them, read now. */
    InstanceTypes instanceTypes() {
        return InstanceTypes.of(mappings);
    }

    /** These instances by id, in the order asked; any the caller cannot see is InvalidInstanceID.NotFound. */
    Map<String, Listed> find(CallContext context, List<String> instanceIds) {
        return find(context, instanceIds, null);
    }

    private Map<String, Listed> find(CallContext context, List<String> instanceIds, DescribeInstancesRequest request) {
        List<String> distinct = instanceIds.stream().distinct().toList();
        distinct.forEach(id -> Ec2Ids.requireWellFormed(Kind.INSTANCE, id));
        Map<String, InstanceHistory.Terminated> terminated = lister.terminated(context);
        List<String> live = distinct.stream().filter(id -> !terminated.containsKey(id)).toList();
        Set<String> uuids = new HashSet<>();
        terminated.values().stream().filter(t -> distinct.contains(t.lastView().instanceId()))
                .forEach(t -> uuids.add(t.cloudStackUuid()));
        if (!live.isEmpty()) {
            uuids.addAll(ids.uuidsOf(Kind.INSTANCE, live, () -> lister.allUuids(context)).values());
        }
        Map<String, Listed> byId = new LinkedHashMap<>();
        for (Listed item : lister.list(context, uuids, request == null ? List.of() : request.filters())) {
            byId.put(item.instance().instanceId(), item);
        }
        Map<String, Listed> ordered = new LinkedHashMap<>();
        for (String id : distinct) {
            Listed item = byId.get(id);
            if (item == null) {
                if (request != null && !request.filters().isEmpty()) {
                    continue;
                }
                throw Ec2Ids.notFound(Kind.INSTANCE, id);
            }
            ordered.put(id, item);
        }
        return ordered;
    }
}
