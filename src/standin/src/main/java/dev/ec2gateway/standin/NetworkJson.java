package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A guest network as {@code listNetworks} shows it. */
final class NetworkJson {

    private NetworkJson() {
    }

    static ObjectNode render(Network network) {
        NetworkOffering offering = network.offering();
        boolean shared = network.shared();
        ObjectNode node = Json.object();
        node.put("id", network.id());
        node.put("name", network.name());
        node.put("displaytext", network.displayText());
        node.put("broadcastdomaintype", shared ? "Native" : "Vlan");
        node.put("traffictype", "Guest");
        if (!shared) {
            node.put("gateway", network.gateway());
            node.put("netmask", "255.255.255.0");
            node.put("cidr", network.cidr());
        }
        node.put("zoneid", network.zone().id());
        node.put("zonename", network.zone().name());
        node.put("networkofferingid", offering.id());
        node.put("networkofferingname", offering.name());
        node.put("networkofferingdisplaytext", offering.displayText());
        node.put("networkofferingconservemode", true);
        node.put("networkofferingavailability", offering.availability());
        node.put("issystem", false);
        node.put("state", network.state());
        node.put("related", network.id());
        node.put("dns1", shared ? "8.8.8.8" : "10.147.28.6");
        node.put("type", offering.guestIpType());
        node.put("acltype", shared ? "Domain" : "Account");
        if (shared) {
            node.put("subdomainaccess", true);
        } else {
            node.put("account", network.owner().name());
        }
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        node.set("service", NetworkOfferings.services(offering, true));
        node.put("networkdomain", "sandbox.simulator");
        node.put("physicalnetworkid", Seed.named("physicalnetwork:" + network.zone().name()));
        node.put("restartrequired", false);
        node.put("specifyvlan", offering.specifyVlan());
        node.put("specifyipranges", offering.specifyIpRanges());
        node.put("canusefordeploy", true);
        node.put("ispersistent", false);
        node.putArray("tags");
        node.put("strechedl2subnet", false);
        node.put("redundantrouter", false);
        node.put("supportsvmautoscaling", !shared);
        node.put("created", Json.date(network.created()));
        node.put("receivedbytes", 0);
        node.put("sentbytes", 0);
        if (!shared) {
            node.put("egressdefaultpolicy", false);
        }
        node.put("publicmtu", 1500);
        node.put("privatemtu", 1500);
        node.put("hasannotations", false);
        return node;
    }
}
