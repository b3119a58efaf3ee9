package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code deployVirtualMachine}: checks everything CloudStack checks before the job, then starts the job. */
final class DeployVm {

    private final Call call;
    private final Store store;
    private final Params params;

    DeployVm(Call call) {
        this.call = call;
        this.store = call.store();
        this.params = call.params();
    }

    ObjectNode deploy() {
        for (String required : List.of("serviceofferingid", "templateid", "zoneid")) {
            params.required(required);
        }
        ServiceOffering offering = call.existing("serviceofferingid", store.serviceOfferings());
        Template template = call.existing("templateid", store.templates());
        Zone zone = call.existing("zoneid", store.zones());
        if (!template.usableBy(call.account())) {
            throw ApiError.invalidParameter(params.command(), "templateid", template.id());
        }
        if (!template.builtIn() && template.zone() != zone) {
            throw ApiError.invalidValue("Template " + template.id() + " is not available in zone " + zone.name());
        }
        List<KeyPair> keyPairs = keyPairs();
        List<SecurityGroup> groups = securityGroups(zone);
        Network network = network(zone);
        new ResourceUsage(store, call.account()).check(ResourceType.USER_VM, 1);

        String id = store.newId();
        String name = params.get("name").orElse("VM-" + id);
        Vm vm = new Vm(id, store.nextInternalId(), name, params.get("displayname").orElse(name), call.caller(),
                zone, template, offering, network, store.newId(), groups, store.now());
        params.get("userdata").ifPresent(vm::setUserData);
        if (!network.shared()) {
            vm.assignAddress(network.nextAddress(), store.randomMac());
        }
        vm.details().put("deployvm", "true");
        addKeysAndPassword(vm, template, keyPairs);
        Volume root = new Volume(store.newId(), "ROOT-" + vm.internalId(), call.account(), zone, true,
                template.size(), null, template, offering, store.now(), "Allocated");
        root.attach(vm, 0);
        vm.setRootVolume(root);
        store.volumes().put(root.id(), root);
        store.vms().put(vm.id(), vm);
        return new VmLifecycle(call).deploy(vm);
    }

    private void addKeysAndPassword(Vm vm, Template template, List<KeyPair> keyPairs) {
        Optional<KeyPair> first = keyPairs.stream().findFirst();
        first.ifPresent(k -> vm.details().put("SSH.PublicKey", SshKeys.withoutComment(k.publicKey())));
        if (template.passwordEnabled()) {
            String password = store.randomPassword();
            vm.setPlainPassword(password);
            first.flatMap(k -> SshKeys.encryptPassword(k.publicKey(), password))
                    .ifPresent(encrypted -> vm.details().put("Encrypted.Password", encrypted));
        }
        if (!keyPairs.isEmpty()) {
            List<String> names = keyPairs.stream().map(KeyPair::name).toList();
            vm.details().put("SSH.KeyPairNames", String.join(",", names));
            vm.keyPairNames().addAll(names);
        }
    }

    private List<KeyPair> keyPairs() {
        List<String> names = new ArrayList<>(params.list("keypairs"));
        params.get("keypair").ifPresent(n -> names.add(0, n));
        List<KeyPair> found = new ArrayList<>();
        for (String name : names) {
            found.add(KeyPairsApi.byName(store, call.account(), name)
                    .orElseThrow(() -> ApiError.invalidValue("Not all specified keypairs exist")));
        }
        return found;
    }

    private List<SecurityGroup> securityGroups(Zone zone) {
        List<SecurityGroup> groups = new ArrayList<>();
        for (String id : params.list("securitygroupids")) {
            groups.add(call.ownedById("securitygroupids", id, store.securityGroups()));
        }
        for (String name : params.list("securitygroupnames")) {
            groups.add(SecurityGroupsApi.byName(store, call.account(), name).orElseThrow(() ->
                    ApiError.invalidValue("Unable to find group by name " + name)));
        }
        if (!zone.basic()) {
            if (!groups.isEmpty()) {
                throw ApiError.invalidValue("Can't create vm with security groups; security group feature is not"
                        + " enabled per zone");
            }
            return groups;
        }
        if (groups.isEmpty()) {
            groups.add(SecurityGroupsApi.byName(store, call.account(), "default").orElseThrow());
        }
        return groups;
    }

    private Network network(Zone zone) {
        if (zone.basic()) {
            return store.networks().values().stream().filter(n -> n.shared() && n.zone() == zone).findFirst()
                    .orElseThrow();
        }
        List<String> ids = params.list("networkids");
        if (!ids.isEmpty()) {
            Network network = call.ownedById("networkids", ids.get(0), store.networks());
            if (network.zone() != zone) {
                throw ApiError.invalidValue("Network " + network.id() + " is not in zone " + zone.name());
            }
            return network;
        }
        return store.networks().values().stream()
                .filter(n -> n.owner() == call.account() && n.zone() == zone).findFirst()
                .orElseGet(() -> ZonesApi.newIsolatedNetwork(store, call.account(), zone,
                        store.networkOfferings().get(Seed.named("networkoffering:"
                                + NetworkOfferings.ISOLATED_WITH_SOURCE_NAT)),
                        call.account().name() + "-network", call.account().name() + "-network"));
    }
}
