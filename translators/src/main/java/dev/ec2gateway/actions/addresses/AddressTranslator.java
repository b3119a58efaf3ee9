package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.FilterSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Elastic IPs on CloudStack's public IPs and static NAT: AllocateAddress, AssociateAddress,
 * DisassociateAddress, ReleaseAddress and DescribeAddresses. In an Advanced zone an address belongs to
 * one of the caller's isolated networks; a Basic zone has elastic IPs only with an EIP service.
 */
public final class AddressTranslator {
    private static final FilterSpec<Address> FILTERS = FilterSpec.<Address>builder()
            .field("public-ip", Address::publicIp)
            .field("allocation-id", Address::allocationId)
            .field("association-id", Address::associationId)
            .field("instance-id", Address::instanceId)
            .field("domain", Address::domain)
            .field("private-ip-address", Address::privateIpAddress)
            .field("network-border-group", Address::networkBorderGroup)
            .tags(Address::tagSet)
            .build();

    private final ResourceIds ids;
    private final AddressLookup lookup;

    public AddressTranslator(ResourceIds ids) {
        this.ids = ids;
        this.lookup = new AddressLookup(ids);
    }

    /** Waits, bounded, for the new address: EC2's answer carries its public IP. */
    public AllocateAddressResult allocateAddress(AllocateAddressRequest request, CallContext context) {
        if (request.address() != null || request.publicIpv4Pool() != null) {
            throw Ec2Error.UNSUPPORTED_FEATURE.with("Address and PublicIpv4Pool are not supported: CloudStack picks "
                    + "the public IP from the zone's public range.");
        }
        CloudStack cloudStack = context.cloudStack();
        List<CsZone> zones = cloudStack.list(Command.of("listZones"), "zone", CsZone.class).stream()
                .filter(z -> request.networkBorderGroup() == null || z.name().equals(request.networkBorderGroup()))
                .toList();
        if (zones.isEmpty()) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("The zone '" + request.networkBorderGroup()
                    + "' does not exist.");
        }
        Optional<CsNetwork> network = zones.stream().anyMatch(CsZone::advanced) ? guestNetwork(cloudStack, zones)
                : Optional.empty();
        CsZone zone = network.map(n -> zones.stream().filter(z -> z.id().equals(n.zoneid())).findFirst().orElseThrow())
                .orElseGet(() -> zones.stream().filter(z -> !z.advanced()).findFirst().orElseThrow(() ->
                        Ec2Error.INSUFFICIENT_ADDRESS_CAPACITY.with("You have no isolated network in "
                                + zones.get(0).name() + " to allocate an address for: launch an instance there first.")));
        Command associate = network.map(n -> Command.of("associateIpAddress").with("networkid", n.id()))
                .orElseGet(() -> Command.of("associateIpAddress").with("zoneid", zone.id()));
        CsPublicIp ip;
        try {
            AsyncJob job = cloudStack.submit(associate);
            ip = cloudStack.await(job, "ipaddress", CsPublicIp.class);
        } catch (CloudStackException e) {
            throw switch (e.errorCode()) {
                case 533 -> Ec2Error.INSUFFICIENT_ADDRESS_CAPACITY.with("Zone " + zone.name()
                        + " has no elastic IP addresses: it is a Basic zone without an elastic IP service.");
                case 535 -> Ec2Error.ADDRESS_LIMIT_EXCEEDED.with("CloudStack: " + e.errorText());
                default -> e;
            };
        }
        return new AllocateAddressResult(ip.ipaddress(), ip.domain(), ids.remember(Kind.ALLOCATION, ip.id()),
                ip.zonename());
    }

    /** The caller's isolated network in one of the zones, one that runs (Implemented) first. */
    private static Optional<CsNetwork> guestNetwork(CloudStack cloudStack, List<CsZone> zones) {
        return cloudStack.list(Command.of("listNetworks"), "network", CsNetwork.class).stream()
                .filter(n -> "Isolated".equalsIgnoreCase(n.type()))
                .filter(n -> zones.stream().anyMatch(z -> z.advanced() && z.id().equals(n.zoneid())))
                .min(Comparator.comparing(n -> !"Implemented".equalsIgnoreCase(n.state())));
    }

    public AssociateAddressResult associateAddress(AssociateAddressRequest request, CallContext context) {
        if (request.instanceId() == null) {
            if (request.networkInterfaceId() != null) {
                throw Ec2Error.UNSUPPORTED_FEATURE.with("NetworkInterfaceId is not supported: give InstanceId.");
            }
            throw Ec2Error.MISSING_PARAMETER.with("InstanceId");
        }
        CloudStack cloudStack = context.cloudStack();
        List<CsPublicIp> mine = lookup.all(cloudStack);
        CsPublicIp ip = lookup.find(mine, request.publicIp(), request.allocationId());
        String vm = ids.uuidOf(Kind.INSTANCE, request.instanceId(), () -> cloudStack
                .list(Command.of("listVirtualMachines"), "virtualmachine", CsVm.class).stream().map(CsVm::id).toList());
        String associationId = ids.remember(Kind.ASSOCIATION, ip.id());
        if (ip.staticNat() && ip.virtualmachineid().equals(vm)) {
            return new AssociateAddressResult(true, associationId);
        }
        if (ip.staticNat()) {
            if (!Boolean.TRUE.equals(request.allowReassociation())) {
                throw Ec2Error.RESOURCE_ALREADY_ASSOCIATED.with("resource " + AddressLookup.allocationId(ip)
                        + " is already associated with associate-id " + associationId);
            }
            disableStaticNat(cloudStack, ip);
        }
        // As on EC2, an instance keeps one address: the one it has now is disassociated (but stays allocated).
        for (CsPublicIp other : mine) {
            if (other != ip && other.staticNat() && other.virtualmachineid().equals(vm)) {
                disableStaticNat(cloudStack, other);
            }
        }
        cloudStack.get(Command.of("enableStaticNat").with("ipaddressid", ip.id()).with("virtualmachineid", vm),
                "success", Boolean.class);
        return new AssociateAddressResult(true, associationId);
    }

    private static void disableStaticNat(CloudStack cloudStack, CsPublicIp ip) {
        cloudStack.await(cloudStack.submit(Command.of("disableStaticNat").with("ipaddressid", ip.id())), null,
                Object.class);
    }

    /** Answers once CloudStack has accepted the job; an address that is not associated is left as it is. */
    public AddressChangedResult disassociateAddress(DisassociateAddressRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        List<CsPublicIp> mine = lookup.all(cloudStack);
        CsPublicIp ip = request.associationId() != null ? lookup.byAssociationId(mine, request.associationId())
                : lookup.find(mine, request.publicIp(), null);
        if (ip.staticNat()) {
            cloudStack.submit(Command.of("disableStaticNat").with("ipaddressid", ip.id()));
        }
        return new AddressChangedResult(true);
    }

    /** Answers once CloudStack has accepted the job; a VPC-domain address must be disassociated first. */
    public AddressChangedResult releaseAddress(ReleaseAddressRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        CsPublicIp ip = lookup.find(lookup.all(cloudStack), request.publicIp(), request.allocationId());
        if (ip.staticNat() && ip.domain().equals("vpc")) {
            throw Ec2Error.INVALID_IP_ADDRESS_IN_USE.with("Address " + ip.ipaddress() + " is in use by instance "
                    + Ec2Ids.of(Kind.INSTANCE, ip.virtualmachineid()) + ": disassociate it first.");
        }
        cloudStack.submit(Command.of("disassociateIpAddress").with("id", ip.id()));
        return new AddressChangedResult(true);
    }

    public DescribeAddressesResult describeAddresses(DescribeAddressesRequest request, CallContext context) {
        request.allocationIds().forEach(id -> Ec2Ids.requireWellFormed(Kind.ALLOCATION, id));
        Command list = Command.of("listPublicIpAddresses");
        if (request.publicIps().size() == 1 && request.allocationIds().isEmpty()) {
            list = list.with("ipaddress", request.publicIps().get(0));
        }
        List<Address> all = lookup.list(context.cloudStack(), list).stream().map(AddressTranslator::toAddress).toList();
        for (String publicIp : request.publicIps()) {
            if (all.stream().noneMatch(a -> a.publicIp().equals(publicIp))) {
                throw Ec2Error.INVALID_ADDRESS_NOT_FOUND.with(publicIp);
            }
        }
        for (String allocationId : request.allocationIds()) {
            if (all.stream().noneMatch(a -> a.allocationId().equals(allocationId))) {
                throw Ec2Ids.notFound(Kind.ALLOCATION, allocationId);
            }
        }
        return new DescribeAddressesResult(all.stream()
                .filter(a -> request.publicIps().isEmpty() || request.publicIps().contains(a.publicIp()))
                .filter(a -> request.allocationIds().isEmpty() || request.allocationIds().contains(a.allocationId()))
                .filter(FILTERS.predicate(request.filters()))
                .toList());
    }

    private static Address toAddress(CsPublicIp ip) {
        boolean associated = ip.staticNat();
        return new Address(ip.ipaddress(), AddressLookup.allocationId(ip), ip.domain(),
                associated ? Ec2Ids.of(Kind.INSTANCE, ip.virtualmachineid()) : null,
                associated ? AddressLookup.associationId(ip) : null,
                associated ? ip.vmipaddress() : null, Tags.fromCloudStack(ip.tags()), ip.zonename());
    }
}
