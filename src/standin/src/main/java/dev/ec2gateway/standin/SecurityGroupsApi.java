package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** Security groups of the Basic zone and their ingress and egress rules (one rule per CIDR). */
final class SecurityGroupsApi {

    private static final String CMD = "org.apache.cloudstack.api.command.user.securitygroup.";
    private static final List<String> PROTOCOLS = List.of("tcp", "udp", "icmp", "all");

    private SecurityGroupsApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("createSecurityGroup", SecurityGroupsApi::create),
                Command.user("deleteSecurityGroup", SecurityGroupsApi::delete),
                Command.user("listSecurityGroups", SecurityGroupsApi::list),
                Command.user("authorizeSecurityGroupIngress", call -> authorize(call, true)),
                Command.user("authorizeSecurityGroupEgress", call -> authorize(call, false)),
                Command.user("revokeSecurityGroupIngress", call -> revoke(call, true)),
                Command.user("revokeSecurityGroupEgress", call -> revoke(call, false)));
    }

    static Optional<SecurityGroup> byName(Store store, Account owner, String name) {
        return store.securityGroups().values().stream()
                .filter(g -> g.owner() == owner && g.name().equals(name)).findFirst();
    }

    private static ObjectNode create(Call call) {
        String name = call.params().required("name");
        if (byName(call.store(), call.account(), name).isPresent()) {
            throw ApiError.invalidValue("Unable to create security group, a group with name " + name
                    + " already exists.");
        }
        SecurityGroup group = new SecurityGroup(call.store().newId(), name,
                call.params().get("description").orElse(name), call.account());
        call.store().securityGroups().put(group.id(), group);
        return AccountsApi.wrap("securitygroup", SecurityGroupJson.created(group));
    }

    private static ObjectNode delete(Call call) {
        SecurityGroup group = group(call, "id", "name");
        if (group.name().equals("default")) {
            throw ApiError.invalidValue("The network group default is reserved");
        }
        boolean inUse = call.store().vms().values().stream()
                .anyMatch(vm -> vm.state() != VmState.Expunging && vm.securityGroups().contains(group));
        if (inUse) {
            throw new ApiError(ApiError.IN_USE, ApiError.CS_GENERIC,
                    "Cannot delete group when it's in use by virtual machines");
        }
        call.store().securityGroups().remove(group.id());
        call.store().tags().removeIf(t -> t.resourceId().equals(group.id()));
        return JobEngine.success();
    }

    private static SecurityGroup group(Call call, String idParam, String nameParam) {
        Optional<String> id = call.params().uuid(idParam);
        if (id.isPresent()) {
            return call.ownedById(idParam, id.get(), call.store().securityGroups());
        }
        String name = call.params().required(nameParam);
        return byName(call.store(), call.account(), name).orElseThrow(() -> ApiError.invalidValue(
                "Unable to find security group by name " + name + " for the account id="
                        + (call.store().accounts().values().stream().toList().indexOf(call.account()) + 2)));
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        Lists.paging(params);
        Predicate<SecurityGroup> matches = g -> g.owner() == call.account();
        Optional<Predicate<SecurityGroup>> byId = call.idFilter("id", call.store().securityGroups(), g -> true);
        if (byId.isPresent()) {
            matches = matches.and(byId.get());
        }
        Optional<Vm> vm = params.uuid("virtualmachineid")
                .map(id -> call.existingById("virtualmachineid", id, call.store().vms()));
        matches = matches
                .and(g -> params.get("securitygroupname").map(g.name()::equals).orElse(true))
                .and(g -> vm.map(v -> v.securityGroups().contains(g)).orElse(true))
                .and(Tags.filter(call.store(), params));
        List<SecurityGroup> found = call.store().securityGroups().values().stream().filter(matches).toList();
        return Lists.answer(params, "securitygroup", found, g -> SecurityGroupJson.listed(g, call.store()));
    }

    private static ObjectNode authorize(Call call, boolean ingress) {
        Params params = call.params();
        SecurityGroup group = group(call, "securitygroupid", "securitygroupname");
        String protocol = params.get("protocol").orElse("all").toLowerCase();
        Integer start = params.number("startport").map(Long::intValue).orElse(null);
        Integer end = params.number("endport").map(Long::intValue).orElse(start);
        Integer icmpType = params.number("icmptype").map(Long::intValue).orElse(null);
        Integer icmpCode = params.number("icmpcode").map(Long::intValue).orElse(null);
        List<String> cidrs = params.list("cidrlist");
        List<Map<String, String>> peers = params.indexed("usersecuritygrouplist");
        String direction = ingress ? "Ingress" : "Egress";
        AsyncJob job = call.jobs().create(call.caller(), CMD + "Authorize" + "SecurityGroup" + direction + "Cmd",
                "SecurityGroup", group.id());
        call.jobs().run(job, List.of(() -> {
            if (!PROTOCOLS.contains(protocol)) {
                throw ApiError.jobFailure(ApiError.PARAM_ERROR, "Invalid protocol " + protocol);
            }
            boolean ports = protocol.equals("tcp") || protocol.equals("udp");
            boolean icmp = protocol.equals("icmp");
            List<SecurityGroupRule> added = new ArrayList<>();
            List<SecurityGroupRule> existing = ingress ? group.ingress() : group.egress();
            for (String cidr : cidrs) {
                added.add(rule(call, protocol, ports, icmp, start, end, icmpType, icmpCode, cidr, null, null));
            }
            for (Map<String, String> peer : peers) {
                added.add(rule(call, protocol, ports, icmp, start, end, icmpType, icmpCode, null,
                        peer.get("group"), peer.getOrDefault("account", call.account().name())));
            }
            if (added.stream().anyMatch(r -> existing.stream().anyMatch(e -> same(e, r)))) {
                throw ApiError.jobFailure(ApiError.INTERNAL_ERROR,
                        "Failed to authorize security group " + direction.toLowerCase() + " rule(s)");
            }
            existing.addAll(added);
            return AccountsApi.wrap("securitygroup", SecurityGroupJson.authorized(group, added, ingress));
        }), () -> { });
        return Jobs.jobId(job);
    }

    private static SecurityGroupRule rule(Call call, String protocol, boolean ports, boolean icmp, Integer start,
                                          Integer end, Integer icmpType, Integer icmpCode, String cidr,
                                          String peerGroup, String peerAccount) {
        return new SecurityGroupRule(call.store().newId(), protocol, ports ? start : null, ports ? end : null,
                icmp ? icmpType : null, icmp ? icmpCode : null, cidr, peerGroup, peerAccount);
    }

    private static boolean same(SecurityGroupRule a, SecurityGroupRule b) {
        return a.protocol().equals(b.protocol()) && Objects.equals(a.startPort(), b.startPort())
                && Objects.equals(a.endPort(), b.endPort()) && Objects.equals(a.icmpType(), b.icmpType())
                && Objects.equals(a.icmpCode(), b.icmpCode()) && Objects.equals(a.cidr(), b.cidr())
                && Objects.equals(a.peerGroupName(), b.peerGroupName());
    }

    private static ObjectNode revoke(Call call, boolean ingress) {
        String id = call.params().uuid("id").orElseThrow(() -> ApiError.missingParameter(call.params().command(),
                "id"));
        SecurityGroup group = call.store().securityGroups().values().stream()
                .filter(g -> (ingress ? g.ingress() : g.egress()).stream().anyMatch(r -> r.id().equals(id)))
                .findFirst().orElseThrow(() -> ApiError.invalidParameter(call.params().command(), "id", id));
        if (group.owner() != call.account()) {
            throw ApiError.permissionDenied();
        }
        String direction = ingress ? "Ingress" : "Egress";
        AsyncJob job = call.jobs().create(call.caller(), CMD + "RevokeSecurityGroup" + direction + "Cmd",
                "SecurityGroup", null);
        call.jobs().run(job, List.of(() -> {
            (ingress ? group.ingress() : group.egress()).removeIf(r -> r.id().equals(id));
            return null;
        }), () -> { });
        return Jobs.jobId(job);
    }
}
