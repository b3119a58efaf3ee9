package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.Tags;
import java.util.List;

/** A VM as listVirtualMachines (and the VM commands' job results) answer it; {@code jobid} only while a job runs. */
record CsVirtualMachine(
        String id, String name, String displayname, String account, String created, String state,
        String zoneid, String zonename, String templateid, String serviceofferingid, String serviceofferingname,
        Integer cpunumber, Integer memory, String hypervisor, String keypairs, List<CsGroup> securitygroup,
        List<CsNic> nic, String publicip, List<Tags.CsTag> tags, String jobid, Boolean passwordenabled) {

    CsVirtualMachine {
        securitygroup = securitygroup == null ? List.of() : securitygroup;
        nic = nic == null ? List.of() : nic;
        tags = tags == null ? List.of() : tags;
    }

    /** A security group as a VM answer names it (its rules are empty there). */
    record CsGroup(String id, String name) {
    }

    /** A network interface of a VM. */
    record CsNic(String id, String networkid, String ipaddress, Boolean isdefault, String type) {
    }

    /** The default NIC, or the first. */
    CsNic primaryNic() {
        return nic.stream().filter(n -> Boolean.TRUE.equals(n.isdefault())).findFirst()
                .orElse(nic.isEmpty() ? null : nic.get(0));
    }
}
