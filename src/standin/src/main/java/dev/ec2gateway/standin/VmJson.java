package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A VM as CloudStack shows it to its owner; which keys appear depends on the VM's state and history. */
final class VmJson {

    private VmJson() {
    }

    static ObjectNode render(Vm vm, Store store, boolean min) {
        User creator = vm.creator();
        ObjectNode node = Json.object();
        node.put("id", vm.id());
        node.put("name", vm.name());
        node.put("displayname", vm.displayName());
        node.put("account", creator.account().name());
        node.put("userid", creator.id());
        node.put("username", creator.username());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        node.put("created", Json.date(vm.created()));
        if (vm.lastUpdated() != null) {
            node.put("lastupdated", Json.date(vm.lastUpdated()));
        }
        node.put("state", vm.state().name());
        node.put("haenable", false);
        node.put("zoneid", vm.zone().id());
        node.put("zonename", vm.zone().name());
        if (vm.state().onHost()) {
            node.put("hostcontrolstate", "Enabled");
        }
        Template template = vm.template();
        if (!min) {
            node.put("templateid", template.id());
            node.put("templatename", template.name());
            node.put("templatetype", template.builtIn() ? "BUILTIN" : "USER");
            node.put("templateformat", template.format());
            node.put("templatedisplaytext", template.displayText());
            node.put("passwordenabled", template.passwordEnabled());
            ServiceOffering offering = vm.offering();
            node.put("serviceofferingid", offering.id());
            node.put("serviceofferingname", offering.name());
            store.volumes().values().stream()
                    .filter(v -> v.vm() == vm && !v.root() && v.diskOffering() != null)
                    .findFirst().ifPresent(v -> {
                        node.put("diskofferingid", v.diskOffering().id());
                        node.put("diskofferingname", v.diskOffering().name());
                    });
            node.put("cpunumber", offering.cpuNumber());
            node.put("cpuspeed", offering.cpuSpeed());
            node.put("memory", offering.memory());
        }
        node.put("guestosid", template.osType().id());
        if (!min) {
            node.put("rootdeviceid", 0);
            node.put("rootdevicetype", "ROOT");
        }
        node.set("securitygroup", securityGroups(vm));
        if (vm.plainPassword() != null) {
            node.put("password", vm.plainPassword());
        }
        node.set("nic", Json.array().add(nic(vm)));
        node.put("hypervisor", "Simulator");
        if (vm.ipAddress() != null) {
            node.put("ipaddress", vm.ipAddress());
        }
        if (vm.staticNatIp() != null) {
            node.put("publicipid", vm.staticNatIp().id());
            node.put("publicip", vm.staticNatIp().address());
        }
        node.set("details", Json.stringMap(vm.details()));
        node.put("readonlydetails", "dataDiskController, rootDiskController");
        if (!vm.keyPairNames().isEmpty()) {
            node.put("keypairs", String.join(",", vm.keyPairNames()));
        }
        node.putArray("affinitygroup");
        node.put("isdynamicallyscalable", false);
        node.put("deleteprotection", false);
        node.put("ostypeid", template.osType().id());
        node.put("osdisplayname", template.osType().description());
        if (vm.rootVolume() != null && vm.rootVolume().state().equals("Ready")) {
            node.put("pooltype", "NetworkFilesystem");
        }
        node.put("receivedbytes", 0);
        node.put("sentbytes", 0);
        node.set("tags", TagJson.of(store, vm.id()));
        node.put("hasannotations", false);
        if (vm.jobId() != null) {
            node.put("jobid", vm.jobId());
            node.put("jobstatus", 0);
        }
        return node;
    }

    /** Groups inside a VM always show empty rule lists; the rules are only in listSecurityGroups. */
    private static ArrayNode securityGroups(Vm vm) {
        ArrayNode groups = Json.array();
        for (SecurityGroup group : vm.securityGroups()) {
            ObjectNode node = groups.addObject();
            node.put("id", group.id());
            node.put("name", group.name());
            node.put("description", group.description());
            node.put("account", group.owner().name());
            node.putArray("ingressrule");
            node.putArray("egressrule");
            node.putArray("tags");
            node.putArray("virtualmachineids");
        }
        return groups;
    }

    private static ObjectNode nic(Vm vm) {
        Network network = vm.network();
        boolean addressed = vm.ipAddress() != null;
        ObjectNode nic = Json.object();
        nic.put("id", vm.nicId());
        nic.put("networkid", network.id());
        nic.put("networkname", network.name());
        if (addressed) {
            nic.put("netmask", "255.255.255.0");
            nic.put("gateway", network.gateway());
            nic.put("ipaddress", vm.ipAddress());
            if (vm.everStarted() && !network.shared()) {
                nic.put("isolationuri", network.broadcastUri());
            }
            if (vm.everStarted()) {
                nic.put("broadcasturi", network.broadcastUri());
            }
        }
        nic.put("traffictype", "Guest");
        nic.put("type", network.offering().guestIpType());
        nic.put("isdefault", true);
        if (addressed) {
            nic.put("macaddress", vm.macAddress());
        }
        nic.putArray("secondaryip");
        nic.putArray("extradhcpoption");
        nic.put("deviceid", "0");
        if (vm.staticNatIp() != null) {
            nic.put("publicipid", vm.staticNatIp().id());
            nic.put("publicip", vm.staticNatIp().address());
        }
        return nic;
    }

    /** How CloudStack names a VM inside some error texts. */
    static String instance(Vm vm) {
        return "VM instance {\"id\":" + vm.internalId() + ",\"instanceName\":\"i-" + vm.owner().users().size()
                + "-" + vm.internalId() + "-VM\",\"state\":\"" + vm.state() + "\",\"type\":\"User\",\"uuid\":\""
                + vm.id() + "\"}";
    }
}
