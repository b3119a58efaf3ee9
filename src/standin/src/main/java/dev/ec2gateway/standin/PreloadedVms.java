package dev.ec2gateway.standin;

import java.util.List;

/**
 * Puts Running VMs with their Ready ROOT volumes straight into the store, beyond the account's VM limit and
 * without jobs: the benchmark lists thousands of instances, which CloudStack's API could not create quickly.
 */
final class PreloadedVms {
    private static final String NAME_PREFIX = "preloaded-";

    private PreloadedVms() {
    }

    /** Adds {@code count} Running VMs of the account's first user in the basic zone; returns their ids. */
    static List<String> add(Store store, String accountName, int count) {
        Account account = store.accountByName(accountName)
                .orElseThrow(() -> new IllegalArgumentException("no such account: " + accountName));
        User user = account.users().get(0);
        Template template = store.templates().get(Seed.named("template:builtin"));
        ServiceOffering offering = store.serviceOfferings().get(Seed.named("serviceoffering:m1.small"));
        Zone zone = template.zone() != null ? template.zone() : store.zones().get(Seed.named("zone:Sim-Basic"));
        Network network = store.networks().values().stream().filter(n -> n.shared() && n.zone() == zone)
                .findFirst().orElseThrow();
        List<SecurityGroup> groups = List.of(SecurityGroupsApi.byName(store, account, "default").orElseThrow());
        // Numbered on from earlier preloads (of any account): names and addresses stay unique in the store.
        int first = (int) store.vms().values().stream().filter(v -> v.name().startsWith(NAME_PREFIX)).count();
        String[] ids = new String[count];
        for (int n = 0; n < count; n++) {
            int i = first + n;
            String id = store.newId();
            long internalId = store.nextInternalId();
            Vm vm = new Vm(id, internalId, NAME_PREFIX + i, NAME_PREFIX + i, user, zone, template, offering,
                    network, store.newId(), groups, store.now());
            // Addresses of their own, so that thousands of VMs do not run out of the shared /24.
            vm.assignAddress("10.200." + (i / 250) + "." + (i % 250 + 2), store.randomMac());
            Volume root = new Volume(store.newId(), "ROOT-" + internalId, account, zone, true, template.size(),
                    null, template, offering, store.now(), "Ready");
            root.attach(vm, 0);
            vm.setRootVolume(root);
            vm.setState(VmState.Running, store.now());
            store.volumes().put(root.id(), root);
            store.vms().put(id, vm);
            ids[n] = id;
        }
        return List.of(ids);
    }
}
