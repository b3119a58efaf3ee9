package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Security groups and their rules as {@code listSecurityGroups} and the authorize jobs show them. */
final class SecurityGroupJson {

    private SecurityGroupJson() {
    }

    /** The full group with all rules, as listed. */
    static ObjectNode listed(SecurityGroup group, Store store) {
        ObjectNode node = head(group);
        node.set("ingressrule", rules(group.ingress(), true));
        node.set("egressrule", rules(group.egress(), true));
        node.set("tags", TagJson.of(store, group.id()));
        List<Vm> vms = store.vms().values().stream()
                .filter(vm -> vm.visible() && vm.securityGroups().contains(group)).toList();
        node.put("virtualmachinecount", vms.size());
        ArrayNode ids = node.putArray("virtualmachineids");
        vms.forEach(vm -> ids.add(vm.id()));
        return node;
    }

    /** A new group: no rules, no VMs. */
    static ObjectNode created(SecurityGroup group) {
        ObjectNode node = head(group);
        node.putArray("ingressrule");
        node.putArray("egressrule");
        node.putArray("tags");
        node.put("virtualmachinecount", 0);
        node.putArray("virtualmachineids");
        return node;
    }

    /** The authorize job result: only the rules just added, without tags, and no VM count. */
    static ObjectNode authorized(SecurityGroup group, List<SecurityGroupRule> added, boolean ingress) {
        ObjectNode node = head(group);
        node.set("ingressrule", ingress ? rules(added, false) : Json.array());
        node.set("egressrule", ingress ? Json.array() : rules(added, false));
        node.putArray("tags");
        node.putArray("virtualmachineids");
        return node;
    }

    private static ObjectNode head(SecurityGroup group) {
        ObjectNode node = Json.object();
        node.put("id", group.id());
        node.put("name", group.name());
        node.put("description", group.description());
        node.put("account", group.owner().name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        return node;
    }

    private static ArrayNode rules(List<SecurityGroupRule> rules, boolean withTags) {
        ArrayNode array = Json.array();
        for (SecurityGroupRule rule : rules) {
            ObjectNode node = array.addObject();
            node.put("ruleid", rule.id());
            node.put("protocol", rule.protocol());
            if (rule.startPort() != null) {
                node.put("startport", rule.startPort());
                node.put("endport", rule.endPort());
            }
            if (rule.icmpType() != null) {
                node.put("icmptype", rule.icmpType());
                node.put("icmpcode", rule.icmpCode());
            }
            if (rule.cidr() != null) {
                node.put("cidr", rule.cidr());
            } else {
                node.put("securitygroupname", rule.peerGroupName());
                node.put("account", rule.peerAccount());
            }
            if (withTags) {
                node.putArray("tags");
            }
        }
        return array;
    }
}
