package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.CloudStackTimes;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.actions.instances.CsCatalog.CsId;
import dev.ec2gateway.actions.instances.CsCatalog.CsNetwork;
import dev.ec2gateway.actions.instances.CsCatalog.CsServiceOffering;
import dev.ec2gateway.actions.instances.CsCatalog.CsZone;
import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * RunInstances: resolves image, instance type, zone, network and groups, submits MaxCount deploys side
 * by side and answers pending as soon as CloudStack has accepted them. Below MinCount accepted, the
 * accepted ones are destroyed again and the launch fails. A ClientToken makes repeats return the
 * first answer.
 */
final class Launcher {
    static final String DEFAULT_INSTANCE_TYPE = "m1.small";
    private static final int MAX_TOKEN_LENGTH = 64;

    private final ResourceIds ids;
    private final InstanceHistory history;
    private final ClientTokens tokens;
    private final InstanceTypeMappings mappings;
    private final String defaultZone;
    private final Clock clock;
    private final LaunchCatalog catalog;

    Launcher(ResourceIds ids, InstanceHistory history, ClientTokens tokens, InstanceTypeMappings mappings,
             String defaultZone, Clock clock) {
        this.ids = ids;
        this.mappings = mappings;
        this.history = history;
        this.tokens = tokens;
        this.defaultZone = defaultZone == null ? "" : defaultZone;
        this.clock = clock;
        this.catalog = new LaunchCatalog(clock);
    }

    RunInstancesResult runInstances(RunInstancesRequest request, CallContext context) {
        if (request.minCount() < 1 || request.maxCount() < request.minCount()) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("MinCount must be at least 1 and MaxCount at least MinCount"
                    + " (MinCount " + request.minCount() + ", MaxCount " + request.maxCount() + ").");
        }
        String token = request.clientToken() == null || request.clientToken().isEmpty() ? null : request.clientToken();
        if (token == null) {
            return RunInstancesResult.of(launch(request, context, null));
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("ClientToken may be at most " + MAX_TOKEN_LENGTH
                    + " characters long.");
        }
        Optional<Reservation> earlier = tokens.claim(context.accessKey(), token, request.fingerprint());
        if (earlier.isPresent()) {
            return RunInstancesResult.of(earlier.get());
        }
        try {
            Reservation reservation = launch(request, context, token);
            tokens.complete(context.accessKey(), token, reservation);
            return RunInstancesResult.of(reservation);
        } catch (RuntimeException e) {
            tokens.release(context.accessKey(), token);
            throw e;
        }
    }

    private Reservation launch(RunInstancesRequest request, CallContext context, String token) {
        CloudStack cloudStack = context.cloudStack();
        String templateId = ids.uuidOf(Kind.IMAGE, request.imageId(), () -> cloudStack.list(
                Command.of("listTemplates").with("templatefilter", "executable"), "template", CsId.class)
                .stream().map(CsId::id).toList());
        InstanceTypes types = InstanceTypes.of(mappings);
        LaunchCatalog.Caller known = catalog.of(context);
        CsServiceOffering offering = types.offering(known,
                request.instanceType() == null ? DEFAULT_INSTANCE_TYPE : request.instanceType());
        CsZone zone = zone(known, request.placement() == null ? null : request.placement().availabilityZone());
        Command deploy = Command.of("deployVirtualMachine")
                .with("zoneid", zone.id())
                .with("serviceofferingid", offering.id())
                .with("templateid", templateId)
                .with("keypair", request.keyName())
                .with("userdata", request.userData() == null ? null : request.userData().replaceAll("\\s", ""))
                .withList("securitygroupnames", request.securityGroups())
                .withList("securitygroupids", request.securityGroupIds().isEmpty() ? List.of()
                        : List.copyOf(ids.uuidsOf(Kind.SECURITY_GROUP, request.securityGroupIds(), () -> cloudStack
                        .list(Command.of("listSecurityGroups"), "securitygroup", CsId.class).stream()
                        .map(CsId::id).toList()).values()))
                .with("networkids", network(cloudStack, zone, request.subnetId()));
        List<Parallel.Outcome<AsyncJob>> outcomes = Parallel.attempt(
                IntStream.range(0, request.maxCount()).boxed().toList(), i -> cloudStack.submit(deploy));
        List<String> uuids = outcomes.stream().filter(Parallel.Outcome::succeeded)
                .map(o -> o.value().objectId()).toList();
        if (uuids.size() < request.minCount()) {
            Parallel.attempt(uuids, uuid -> cloudStack.submit(Command.of("destroyVirtualMachine").with("id", uuid)));
            RuntimeException failure = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow()
                    .failure();
            throw explained(cloudStack, request, failure);
        }
        // The new VMs are listed (for what CloudStack filled in) while the gateway records them.
        CompletableFuture<Parallel.Outcome<List<CsVirtualMachine>>> listing = Parallel.start(() -> cloudStack.list(
                Command.of("listVirtualMachines").withList("ids", uuids), "virtualmachine", CsVirtualMachine.class));
        List<String> instanceIds = uuids.stream().map(uuid -> ids.remember(Kind.INSTANCE, uuid)).toList();
        String reservationId = Ec2Ids.of(Kind.RESERVATION, uuids.get(0));
        history.launched(context.accessKey(), reservationId, token, instanceIds, clock.instant());
        List<Tag> tags = request.tagSpecifications().stream()
                .filter(s -> "instance".equals(s.resourceType()))
                .flatMap(s -> s.tags().stream()).toList();
        if (!tags.isEmpty()) {
            cloudStack.submit(Tags.createTags("UserVm", uuids, tags));
        }
        Map<String, CsVirtualMachine> vms = listing.join().get().stream()
                .collect(Collectors.toMap(CsVirtualMachine::id, Function.identity(), (a, b) -> a));
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < uuids.size(); i++) {
            InstanceHistory.Launch launch = new InstanceHistory.Launch(reservationId, i, token);
            CsVirtualMachine vm = vms.getOrDefault(uuids.get(i), placeholder(uuids.get(i), templateId, offering, zone,
                    request));
            Instance instance = InstanceView.of(vm, null, launch, false, types).withState(InstanceState.PENDING);
            instances.add(tags.isEmpty() ? instance : withTags(instance, tags));
        }
        CsVirtualMachine first = vms.get(uuids.get(0));
        return new Reservation(reservationId, first == null ? "" : first.account(),
                first == null ? List.of() : InstanceView.groupsOf(first), instances);
    }

    private CsZone zone(LaunchCatalog.Caller known, String name) {
        String wanted = name != null && !name.isEmpty() ? name : defaultZone.isEmpty() ? null : defaultZone;
        List<CsZone> zones = known.zones(list -> list.stream().anyMatch(z -> wanted == null
                ? "Enabled".equalsIgnoreCase(z.allocationstate()) : z.name().equals(wanted)));
        if (wanted != null) {
            return zones.stream().filter(z -> z.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid availability zone: [" + wanted + "]"));
        }
        return zones.stream().filter(z -> "Enabled".equalsIgnoreCase(z.allocationstate())).findFirst()
                .orElseThrow(() -> Ec2Error.INSUFFICIENT_CAPACITY.with("This cloud has no enabled zone."));
    }

    /** A subnet is a CloudStack network; an advanced zone without one given uses the caller's first isolated one. */
    private String network(CloudStack cloudStack, CsZone zone, String subnetId) {
        if (subnetId != null && !subnetId.isEmpty()) {
            return ids.uuidOf(Kind.SUBNET, subnetId, () -> cloudStack.list(Command.of("listNetworks"), "network",
                    CsNetwork.class).stream().map(CsNetwork::id).toList());
        }
        if (!"Advanced".equalsIgnoreCase(zone.networktype())) {
            return null;
        }
        return cloudStack.list(Command.of("listNetworks").with("zoneid", zone.id()), "network", CsNetwork.class)
                .stream().filter(n -> "Isolated".equalsIgnoreCase(n.type())).map(CsNetwork::id).findFirst()
                .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with("The zone " + zone.name() + " is an advanced"
                        + " zone: instances there need a network. Give SubnetId, or create an isolated network in"
                        + " the zone first."));
    }

    /** CloudStack says only "Not all specified keypairs exist" (431): check, and answer as EC2 does. */
    private static RuntimeException explained(CloudStack cloudStack, RunInstancesRequest request,
                                              RuntimeException failure) {
        if (failure instanceof CloudStackException e && e.errorCode() == 431 && request.keyName() != null
                && cloudStack.list(Command.of("listSSHKeyPairs").with("name", request.keyName()), "sshkeypair",
                CsId.class).isEmpty()) {
            return Ec2Error.INVALID_KEY_PAIR_NOT_FOUND.with(request.keyName());
        }
        return failure;
    }

    private static Instance withTags(Instance instance, List<Tag> tags) {
        Instance tagged = new Instance(instance.instanceId(), instance.imageId(), instance.instanceState(),
                instance.privateDnsName(), instance.dnsName(), instance.reason(), instance.keyName(),
                instance.amiLaunchIndex(), instance.productCodes(), instance.instanceType(), instance.launchTime(),
                instance.placement(), instance.monitoring(), instance.subnetId(), instance.vpcId(),
                instance.privateIpAddress(), instance.ipAddress(), instance.sourceDestCheck(), instance.groupSet(),
                instance.architecture(), instance.rootDeviceType(), instance.rootDeviceName(),
                instance.blockDeviceMapping(), instance.virtualizationType(), instance.clientToken(), tags,
                instance.hypervisor(), instance.ebsOptimized());
        return tagged;
    }

    /** What is known of a VM CloudStack accepted but does not list yet. */
    private CsVirtualMachine placeholder(String uuid, String templateId, CsServiceOffering offering, CsZone zone,
                                         RunInstancesRequest request) {
        return new CsVirtualMachine(uuid, "", "", "", CloudStackTimes.format(clock.instant()), "Starting", zone.id(), zone.name(), templateId,
                offering.id(), offering.name(), offering.cpunumber(), offering.memory(), null, request.keyName(),
                Collections.emptyList(), Collections.emptyList(), null, Collections.emptyList(), null, null);
    }
}
