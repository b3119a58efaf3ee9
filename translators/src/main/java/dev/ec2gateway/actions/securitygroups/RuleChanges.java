package dev.ec2gateway.actions.securitygroups;

import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authorizes and revokes the permissions of one request: every permission is checked against the
 * group's rules first (so nothing is half applied when one is a duplicate or missing), then all jobs
 * are submitted together and awaited, bounded, because EC2 answers only once they are in place.
 */
final class RuleChanges {
    private final GroupLookup lookup;

    RuleChanges(GroupLookup lookup) {
        this.lookup = lookup;
    }

    RulesChangedResult authorize(SecurityGroupRulesRequest request, CloudStack cloudStack, boolean ingress) {
        List<CsSecurityGroup> groups = lookup.all(cloudStack);
        CsSecurityGroup target = lookup.target(groups, request.groupId(), request.groupName());
        List<RuleSpec> specs = RequestedPermissions.of(request, target.account(), id -> lookup.byId(groups, id));
        for (RuleSpec spec : specs) {
            List<CsRule> present = spec.match(target.rules(ingress)).rules();
            if (!present.isEmpty()) {
                throw duplicate(spec, present.get(0));
            }
        }
        String command = ingress ? "authorizeSecurityGroupIngress" : "authorizeSecurityGroupEgress";
        Map<AsyncJob, RuleSpec> jobs = new LinkedHashMap<>();
        for (RuleSpec spec : specs) {
            jobs.put(cloudStack.submit(spec.authorize(command, target.id())), spec);
        }
        RuntimeException failure = null;
        for (Map.Entry<AsyncJob, RuleSpec> job : jobs.entrySet()) {
            try {
                cloudStack.await(job.getKey(), null, Object.class);
            } catch (CloudStackException e) {
                // CloudStack reports a rule that exists (one added meanwhile) as a failed job with 530.
                RuntimeException mapped = e.fromJob() && e.errorCode() == 530
                        ? Ec2Error.INVALID_PERMISSION_DUPLICATE.with(job.getValue().describe(firstSource(job.getValue())))
                        : e;
                failure = failure == null ? mapped : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new RulesChangedResult(true);
    }

    RulesChangedResult revoke(SecurityGroupRulesRequest request, CloudStack cloudStack, boolean ingress) {
        List<CsSecurityGroup> groups = lookup.all(cloudStack);
        CsSecurityGroup target = lookup.target(groups, request.groupId(), request.groupName());
        List<RuleSpec> specs = RequestedPermissions.of(request, target.account(), id -> lookup.byId(groups, id));
        Map<String, CsRule> rules = new LinkedHashMap<>();
        for (RuleSpec spec : specs) {
            RuleSpec.Matched matched = spec.match(target.rules(ingress));
            if (!matched.missingSources().isEmpty()) {
                throw Ec2Error.INVALID_PERMISSION_NOT_FOUND.with();
            }
            matched.rules().forEach(r -> rules.put(r.ruleid(), r));
        }
        String command = ingress ? "revokeSecurityGroupIngress" : "revokeSecurityGroupEgress";
        List<AsyncJob> jobs = new ArrayList<>();
        for (String ruleId : rules.keySet()) {
            jobs.add(cloudStack.submit(Command.of(command).with("id", ruleId)));
        }
        RuntimeException failure = null;
        for (AsyncJob job : jobs) {
            try {
                cloudStack.await(job, null, Object.class);
            } catch (CloudStackException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new RulesChangedResult(true);
    }

    private static RuntimeException duplicate(RuleSpec spec, CsRule present) {
        String source = present.cidr() != null ? present.cidr() : present.account() + "/" + present.securitygroupname();
        return Ec2Error.INVALID_PERMISSION_DUPLICATE.with(spec.describe(source));
    }

    private static String firstSource(RuleSpec spec) {
        return spec.cidrs().isEmpty() ? spec.groups().get(0).account() + "/" + spec.groups().get(0).groupName()
                : spec.cidrs().get(0);
    }
}
