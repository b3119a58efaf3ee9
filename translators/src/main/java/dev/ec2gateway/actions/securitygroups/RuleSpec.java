package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.cloudstack.Command;
import java.util.ArrayList;
import java.util.List;

/** One EC2 permission of a request, ready for CloudStack: one authorize command covers all its sources. */
record RuleSpec(RuleKey key, List<String> cidrs, List<GroupRef> groups) {

    Command authorize(String command, String groupUuid) {
        Command c = Command.of(command).with("securitygroupid", groupUuid).with("protocol", key.protocol());
        if (key.protocol().equals("icmp")) {
            c = c.with("icmptype", key.from()).with("icmpcode", key.to());
        } else {
            c = c.with("startport", key.from()).with("endport", key.to());
        }
        c = c.withList("cidrlist", cidrs);
        for (int i = 0; i < groups.size(); i++) {
            c = c.with("usersecuritygrouplist[" + i + "].account", groups.get(i).account())
                    .with("usersecuritygrouplist[" + i + "].group", groups.get(i).groupName());
        }
        return c;
    }

    /** The CloudStack rules this permission is made of in a group, and the sources that have no rule. */
    Matched match(List<CsRule> rules) {
        List<CsRule> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String cidr : cidrs) {
            rules.stream().filter(r -> r.key().equals(key) && cidr.equals(r.cidr())).findFirst()
                    .ifPresentOrElse(found::add, () -> missing.add(cidr));
        }
        for (GroupRef group : groups) {
            rules.stream().filter(r -> r.key().equals(key) && r.cidr() == null
                            && group.groupName().equals(r.securitygroupname()) && group.account().equals(r.account()))
                    .findFirst().ifPresentOrElse(found::add, () -> missing.add(group.account() + "/" + group.groupName()));
        }
        return new Matched(found, missing);
    }

    /** EC2's way of naming a rule in its Duplicate message. */
    String describe(String source) {
        String ports = key.from() == null ? "ALL" : "from port: " + key.from() + ", to port: " + key.to();
        return "peer: " + source + ", " + key.ec2Protocol().toUpperCase() + ", " + ports + ", ALLOW";
    }

    record Matched(List<CsRule> rules, List<String> missingSources) {
    }
}
