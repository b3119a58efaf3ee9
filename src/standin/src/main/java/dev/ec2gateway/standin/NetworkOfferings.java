package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** The default guest network offerings and how offerings and their services are rendered. */
final class NetworkOfferings {

    static final String SHARED_WITH_SG = "DefaultSharedNetworkOfferingWithSGService";
    static final String ISOLATED_WITH_SOURCE_NAT = "DefaultIsolatedNetworkOfferingWithSourceNatService";

    private static final List<String> ISOLATED_SERVICES = List.of("StaticNat", "Dns", "UserData", "Dhcp",
            "Firewall", "PortForwarding", "Lb", "Vpn", "SourceNat");

    private NetworkOfferings() {
    }

    static void populate(Store store, Instant created) {
        add(store, new NetworkOffering(Seed.named("networkoffering:" + SHARED_WITH_SG), SHARED_WITH_SG,
                "Offering for Shared Security group enabled networks", "Shared", "Optional", true, true, false,
                List.of("Dns", "UserData", "Dhcp", "SecurityGroup"), created));
        add(store, new NetworkOffering(Seed.named("networkoffering:DefaultSharedNetworkOffering"),
                "DefaultSharedNetworkOffering", "Offering for Shared networks", "Shared", "Optional", true, true,
                false, List.of("Dns", "UserData", "Dhcp"), created));
        add(store, new NetworkOffering(Seed.named("networkoffering:" + ISOLATED_WITH_SOURCE_NAT),
                ISOLATED_WITH_SOURCE_NAT, "Offering for Isolated networks with Source Nat service enabled",
                "Isolated", "Required", false, false, true, ISOLATED_SERVICES, created));
        add(store, new NetworkOffering(Seed.named("networkoffering:DefaultIsolatedNetworkOffering"),
                "DefaultIsolatedNetworkOffering", "Offering for Isolated networks with no Source Nat service",
                "Isolated", "Optional", true, true, false, List.of("Dns", "UserData", "Dhcp"), created));
        add(store, new NetworkOffering(Seed.named("networkoffering:DefaultL2NetworkOffering"),
                "DefaultL2NetworkOffering", "Offering for L2 networks", "L2", "Optional", false, false, false,
                List.of(), created));
    }

    private static void add(Store store, NetworkOffering offering) {
        store.networkOfferings().put(offering.id(), offering);
    }

    static ObjectNode render(NetworkOffering offering) {
        ObjectNode node = Json.object();
        node.put("id", offering.id());
        node.put("name", offering.name());
        node.put("displaytext", offering.displayText());
        node.put("created", Json.date(offering.created()));
        node.put("traffictype", "Guest");
        node.put("isdefault", true);
        node.put("specifyvlan", offering.specifyVlan());
        node.put("conservemode", true);
        node.put("specifyipranges", offering.specifyIpRanges());
        node.put("availability", offering.availability());
        node.put("networkrate", 200);
        node.put("state", "Enabled");
        node.put("guestiptype", offering.guestIpType());
        node.put("serviceofferingid", Seed.named("serviceoffering:System Offering For Software Router"));
        node.set("service", services(offering, false));
        node.put("forvpc", false);
        node.put("fornsx", false);
        node.put("fortungsten", false);
        node.put("ispersistent", false);
        node.put("egressdefaultpolicy", false);
        node.put("supportsstrechedl2subnet", false);
        node.put("supportspublicaccess", false);
        node.put("supportsinternallb", false);
        node.put("internetprotocol", "IPv4");
        node.put("specifyasnumber", false);
        node.put("hasannotations", false);
        return node;
    }

    /** The service list; networks show a (possibly empty) capability array for every service. */
    static ArrayNode services(NetworkOffering offering, boolean forNetwork) {
        ArrayNode services = Json.array();
        for (String name : offering.services()) {
            ObjectNode service = services.addObject();
            service.put("name", name);
            service.putArray("provider").addObject()
                    .put("name", name.equals("SecurityGroup") ? "SecurityGroupProvider" : "VirtualRouter");
            ArrayNode capabilities = Json.array();
            switch (name) {
                case "StaticNat" -> {
                    capability(capabilities, "ElasticIp", "false");
                    capability(capabilities, "AssociatePublicIP", "true");
                }
                case "SourceNat" -> {
                    capability(capabilities, "SupportedSourceNatTypes", "peraccount");
                    capability(capabilities, "RedundantRouter", "false");
                }
                case "Dns" -> {
                    if (forNetwork) {
                        capability(capabilities, "AllowDnsSuffixModification", "true");
                    }
                }
                default -> { }
            }
            if (forNetwork || !capabilities.isEmpty()) {
                service.set("capability", capabilities);
            }
        }
        return services;
    }

    private static void capability(ArrayNode capabilities, String name, String value) {
        capabilities.addObject().put("name", name).put("value", value).put("canchooseservicecapability", false);
    }
}
