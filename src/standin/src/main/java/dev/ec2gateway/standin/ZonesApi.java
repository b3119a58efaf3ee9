package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Predicate;

/** Zones, guest networks and network offerings. */
final class ZonesApi {

    private ZonesApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("listZones", ZonesApi::listZones),
                Command.user("listNetworks", ZonesApi::listNetworks),
                Command.user("listNetworkOfferings", ZonesApi::listNetworkOfferings),
                Command.user("createNetwork", ZonesApi::createNetwork));
    }

    private static ObjectNode listZones(Call call) {
        Params params = call.params();
        Predicate<Zone> matches = z -> params.get("id").map(z.id()::equals).orElse(true)
                && params.get("name").map(z.name()::equals).orElse(true);
        List<Zone> zones = call.store().zones().values().stream().filter(matches).toList();
        return Lists.answer(params, "zone", zones, ZonesApi::zone);
    }

    static ObjectNode zone(Zone zone) {
        ObjectNode node = Json.object();
        node.put("id", zone.id());
        node.put("name", zone.name());
        node.put("domain", "sandbox.simulator");
        node.put("networktype", zone.networkType());
        node.put("securitygroupsenabled", zone.basic());
        node.put("allocationstate", "Enabled");
        node.put("zonetoken", zone.token());
        node.put("dhcpprovider", "VirtualRouter");
        node.put("localstorageenabled", false);
        node.putArray("tags");
        node.put("allowuserspecifyvrmtu", false);
        node.put("routerprivateinterfacemaxmtu", 1500);
        node.put("routerpublicinterfacemaxmtu", 1500);
        node.put("type", "Core");
        node.put("isnsxenabled", false);
        node.put("ismultiarch", false);
        node.put("asnrange", "");
        node.put("routedmodeenabled", true);
        node.put("hasannotations", false);
        return node;
    }

    private static ObjectNode listNetworks(Call call) {
        Params params = call.params();
        Predicate<Network> matches = n -> n.visibleTo(call.account())
                && params.get("id").map(n.id()::equals).orElse(true)
                && params.get("zoneid").map(n.zone().id()::equals).orElse(true)
                && params.get("type").map(t -> t.equalsIgnoreCase(n.offering().guestIpType())).orElse(true);
        List<Network> networks = call.store().networks().values().stream().filter(matches).toList();
        return Lists.answer(params, "network", networks, NetworkJson::render);
    }

    private static ObjectNode listNetworkOfferings(Call call) {
        Params params = call.params();
        Zone zone = params.uuid("zoneid").map(id -> call.existingById("zoneid", id, call.store().zones()))
                .orElse(null);
        Predicate<NetworkOffering> matches = o -> (zone == null || !zone.basic()
                && !o.name().equals(NetworkOfferings.SHARED_WITH_SG))
                && params.get("id").map(o.id()::equals).orElse(true)
                && params.get("name").map(o.name()::equals).orElse(true)
                && params.get("guestiptype").map(t -> t.equalsIgnoreCase(o.guestIpType())).orElse(true)
                && params.list("supportedservices").stream().allMatch(o.services()::contains);
        List<NetworkOffering> offerings = call.store().networkOfferings().values().stream().filter(matches)
                .toList();
        return Lists.answer(params, "networkoffering", offerings, NetworkOfferings::render);
    }

    private static ObjectNode createNetwork(Call call) {
        Params params = call.params();
        String name = params.required("name");
        NetworkOffering offering = call.existing("networkofferingid", call.store().networkOfferings());
        Zone zone = call.existing("zoneid", call.store().zones());
        if (zone.basic() || !offering.guestIpType().equals("Isolated")) {
            throw ApiError.invalidValue("Network creation with offering " + offering.name()
                    + " is not supported in zone " + zone.name());
        }
        new ResourceUsage(call.store(), call.account()).check(ResourceType.NETWORK, 1);
        Network network = newIsolatedNetwork(call.store(), call.account(), zone, offering, name,
                params.get("displaytext").orElse(name));
        return AccountsApi.wrap("network", NetworkJson.render(network));
    }

    static Network newIsolatedNetwork(Store store, Account owner, Zone zone, NetworkOffering offering,
                                      String name, String displayText) {
        long ownNetworks = store.networks().values().stream().filter(n -> n.owner() == owner).count();
        Network network = new Network(store.newId(), name, displayText, zone, offering, owner,
                "10.1." + (1 + ownNetworks), store.now(), store.nextVlan(), "Allocated");
        store.networks().put(network.id(), network);
        return network;
    }
}
