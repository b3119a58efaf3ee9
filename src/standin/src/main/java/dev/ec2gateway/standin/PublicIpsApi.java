package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Public IPs of the Advanced zone and static NAT; the Basic zone has none. */
final class PublicIpsApi {

    private static final String CMD = "org.apache.cloudstack.api.command.user.";

    private PublicIpsApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("associateIpAddress", PublicIpsApi::associate),
                Command.user("disassociateIpAddress", PublicIpsApi::disassociate),
                Command.user("listPublicIpAddresses", PublicIpsApi::list),
                Command.user("enableStaticNat", PublicIpsApi::enableStaticNat),
                Command.user("disableStaticNat", PublicIpsApi::disableStaticNat));
    }

    private static ObjectNode associate(Call call) {
        Store store = call.store();
        Optional<String> networkId = call.params().uuid("networkid");
        Network network;
        if (networkId.isPresent()) {
            network = call.ownedById("networkid", networkId.get(), store.networks());
        } else {
            Zone zone = call.existing("zoneid", store.zones());
            if (zone.basic()) {
                throw new ApiError(ApiError.CAPACITY, ApiError.CS_GENERIC, "Insufficient address capacity");
            }
            network = store.networks().values().stream().filter(n -> n.owner() == call.account()
                    && n.zone() == zone).findFirst().orElseThrow(() -> ApiError.invalidValue(
                    "Unable to associate ip address: the account has no guest network in zone " + zone.name()));
        }
        if (network.zone().basic()) {
            throw new ApiError(ApiError.CAPACITY, ApiError.CS_GENERIC, "Insufficient address capacity");
        }
        new ResourceUsage(store, call.account()).check(ResourceType.PUBLIC_IP, 1);
        PublicIp ip = new PublicIp(store.newId(), store.nextPublicAddress(network.zone()), call.account(),
                network.zone(), network, false, store.now());
        store.publicIps().put(ip.id(), ip);
        AsyncJob job = call.jobs().create(call.caller(), CMD + "address.AssociateIPAddrCmd", "IpAddress", ip.id());
        call.jobs().run(job, List.of(() -> AccountsApi.wrap("ipaddress", render(ip, store))),
                () -> ip.setState("Allocated"));
        return Jobs.idAndJobId(ip.id(), job);
    }

    private static ObjectNode disassociate(Call call) {
        PublicIp ip = call.owned("id", call.store().publicIps());
        if (ip.sourceNat()) {
            throw ApiError.invalidValue("IP address " + ip.address() + " is a source NAT address and cannot be released");
        }
        AsyncJob job = call.jobs().create(call.caller(), CMD + "address.DisassociateIPAddrCmd", "IpAddress",
                ip.id());
        call.jobs().run(job, List.of(() -> {
            if (ip.staticNatVm() != null) {
                ip.staticNatVm().setStaticNatIp(null);
            }
            call.store().publicIps().remove(ip.id());
            call.store().deletedIds().add(ip.id());
            call.store().tags().removeIf(t -> t.resourceId().equals(ip.id()));
            return null;
        }), () -> { });
        return Jobs.jobId(job);
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        Lists.paging(params);
        Predicate<PublicIp> matches = ip -> ip.owner() == call.account();
        Optional<Predicate<PublicIp>> byId = call.idFilter("id", call.store().publicIps(), ip -> true);
        if (byId.isPresent()) {
            matches = matches.and(byId.get());
        }
        matches = matches
                .and(ip -> params.get("ipaddress").map(ip.address()::equals).orElse(true))
                .and(ip -> params.get("zoneid").map(ip.zone().id()::equals).orElse(true))
                .and(ip -> params.get("associatednetworkid").map(ip.network().id()::equals).orElse(true))
                .and(ip -> params.get("isstaticnat").map(v -> Boolean.parseBoolean(v) == (ip.staticNatVm() != null))
                        .orElse(true))
                .and(ip -> params.get("issourcenat").map(v -> Boolean.parseBoolean(v) == ip.sourceNat())
                        .orElse(true))
                .and(Tags.filter(call.store(), params));
        List<PublicIp> found = call.store().publicIps().values().stream().filter(matches).toList();
        return Lists.answer(params, "publicipaddress", found, ip -> render(ip, call.store()));
    }

    private static ObjectNode enableStaticNat(Call call) {
        PublicIp ip = call.owned("ipaddressid", call.store().publicIps());
        Vm vm = call.owned("virtualmachineid", call.store().vms());
        PublicIp current = vm.staticNatIp() != null ? vm.staticNatIp() : ip;
        if (ip.staticNatVm() != null || vm.staticNatIp() != null) {
            throw ApiError.invalidValue("Failed to enable static nat on the  ip " + ip.address() + " with Id "
                    + ip.id() + " as the vm i-" + vm.internalId() + "-VM with Id " + vm.id()
                    + " is already associated with another public ip " + current.address() + " with id "
                    + current.id());
        }
        if (vm.network() != ip.network()) {
            throw ApiError.invalidValue("VM " + vm.id() + " is not in the network of IP address " + ip.address());
        }
        ip.setStaticNatVm(vm);
        vm.setStaticNatIp(ip);
        return JobEngine.success();
    }

    private static ObjectNode disableStaticNat(Call call) {
        PublicIp ip = call.owned("ipaddressid", call.store().publicIps());
        AsyncJob job = call.jobs().create(call.caller(), CMD + "nat.DisableStaticNatCmd", null, null);
        call.jobs().run(job, List.of(() -> {
            if (ip.staticNatVm() == null) {
                throw ApiError.jobFailure(ApiError.PARAM_ERROR, "Specified IP address id is not associated with"
                        + " any vm Id");
            }
            ip.staticNatVm().setStaticNatIp(null);
            ip.setStaticNatVm(null);
            return null;
        }), () -> { });
        return Jobs.jobId(job);
    }

    static ObjectNode render(PublicIp ip, Store store) {
        ObjectNode node = Json.object();
        node.put("id", ip.id());
        node.put("ipaddress", ip.address());
        node.put("allocated", Json.date(ip.allocated()));
        node.put("zoneid", ip.zone().id());
        node.put("zonename", ip.zone().name());
        node.put("issourcenat", ip.sourceNat());
        node.put("account", ip.owner().name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        node.put("forvirtualnetwork", true);
        node.put("isstaticnat", ip.staticNatVm() != null);
        node.put("issystem", false);
        Vm vm = ip.staticNatVm();
        if (vm != null) {
            node.put("virtualmachineid", vm.id());
            node.put("virtualmachinetype", "User");
            node.put("vmipaddress", vm.ipAddress());
            node.put("virtualmachinename", vm.name());
            node.put("virtualmachinedisplayname", vm.displayName());
        }
        node.put("associatednetworkid", ip.network().id());
        node.put("associatednetworkname", ip.network().name());
        node.put("networkid", Seed.named("publicnetwork:" + ip.zone().name()));
        node.put("state", ip.state());
        node.put("physicalnetworkid", Seed.named("physicalnetwork:" + ip.zone().name()));
        node.set("tags", TagJson.ofPublicIp(store, ip.id()));
        node.put("isportable", false);
        node.put("hasrules", false);
        node.put("forsystemvms", false);
        node.put("hasannotations", false);
        return node;
    }
}
