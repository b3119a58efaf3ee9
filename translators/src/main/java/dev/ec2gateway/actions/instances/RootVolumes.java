package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.instances.CsCatalog.CsVolume;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ROOT volumes of a caller's VMs, by VM UUID (listVolumes type=ROOT). */
final class RootVolumes {
    private RootVolumes() {
    }

    /** The ROOT volumes of every VM of the caller: one walk. */
    static Map<String, CsVolume> all(CloudStack cloudStack) {
        return byVm(cloudStack, Command.of("listVolumes").with("type", "ROOT"));
    }

    /** The ROOT volumes of these VMs: none for no VM, one call for one VM, the walk over all otherwise. */
    static Map<String, CsVolume> of(CloudStack cloudStack, List<CsVirtualMachine> vms) {
        if (vms.isEmpty()) {
            return Map.of();
        }
        if (vms.size() == 1) {
            return byVm(cloudStack, Command.of("listVolumes").with("type", "ROOT")
                    .with("virtualmachineid", vms.get(0).id()));
        }
        return all(cloudStack);
    }

    private static Map<String, CsVolume> byVm(CloudStack cloudStack, Command command) {
        Map<String, CsVolume> roots = new HashMap<>();
        for (CsVolume volume : cloudStack.list(command, "volume", CsVolume.class)) {
            if (volume.virtualmachineid() != null) {
                roots.putIfAbsent(volume.virtualmachineid(), volume);
            }
        }
        return roots;
    }
}
