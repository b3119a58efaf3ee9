package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.actions.Tags;
import java.util.List;

/** A security group as listSecurityGroups answers it. */
record CsSecurityGroup(String id, String name, String description, String account, List<CsRule> ingressrule,
                       List<CsRule> egressrule, List<Tags.CsTag> tags) {

    List<CsRule> rules(boolean ingress) {
        List<CsRule> rules = ingress ? ingressrule : egressrule;
        return rules == null ? List.of() : rules;
    }
}
