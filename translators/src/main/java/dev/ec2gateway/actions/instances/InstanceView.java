package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CloudStackTimes;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.actions.instances.CsCatalog.CsVolume;
import dev.ec2gateway.actions.instances.CsVirtualMachine.CsNic;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A CloudStack VM seen as an EC2 instance. */
final class InstanceView {
    static final String ROOT_DEVICE = "/dev/sda1";

    private InstanceView() {
    }

    /**
     * The instance a VM is.
     *
     * @param root        its ROOT volume, null if none was listed
     * @param launch      the RunInstances that launched it, null if the gateway did not record one
     * @param terminating the gateway submitted its destroy
     * @param types       the instance type each offering shows as
     */
    static Instance of(CsVirtualMachine vm, CsVolume root, InstanceHistory.Launch launch, boolean terminating,
                       InstanceTypes types) {
        CsNic nic = vm.primaryNic();
        boolean isolated = nic != null && "Isolated".equalsIgnoreCase(nic.type());
        List<GroupIdentifier> groups = groupsOf(vm);
        List<InstanceBlockDeviceMapping> devices = root == null ? List.of()
                : List.of(new InstanceBlockDeviceMapping(ROOT_DEVICE, new EbsInstanceBlockDevice(
                        Ec2Ids.of(Kind.VOLUME, root.id()), "attached", CloudStackTimes.parse(root.created()), true)));
        return new Instance(
                Ec2Ids.of(Kind.INSTANCE, vm.id()),
                vm.templateid() == null ? null : Ec2Ids.of(Kind.IMAGE, vm.templateid()),
                InstanceStates.of(vm.state(), vm.jobid() != null, terminating),
                nic == null || nic.ipaddress() == null ? "" : vm.name(),
                vm.publicip() == null ? "" : vm.publicip(),
                "",
                firstKeyPair(vm.keypairs()),
                launch == null ? 0 : launch.launchIndex(),
                List.of(),
                types.typeOf(vm.serviceofferingid(), vm.serviceofferingname()),
                CloudStackTimes.parse(vm.created()),
                new Placement(vm.zonename(), "", "default"),
                new Monitoring("disabled"),
                isolated ? Ec2Ids.of(Kind.SUBNET, nic.networkid()) : null,
                null,
                nic == null ? null : nic.ipaddress(),
                vm.publicip(),
                true,
                groups,
                "x86_64",
                "ebs",
                ROOT_DEVICE,
                devices,
                "hvm",
                launch == null || launch.clientToken() == null ? "" : launch.clientToken(),
                Tags.fromCloudStack(vm.tags()),
                hypervisor(vm.hypervisor()),
                false);
    }

    static List<GroupIdentifier> groupsOf(CsVirtualMachine vm) {
        return vm.securitygroup().stream()
                .map(g -> new GroupIdentifier(Ec2Ids.of(Kind.SECURITY_GROUP, g.id()), g.name()))
                .toList();
    }

    /**
     * EC2 knows two hypervisors, xen and ovm, and says xen for its KVM-based Nitro instances too; so
     * CloudStack's Ovm and Ovm3 are ovm and every other hypervisor (XenServer, KVM, VMware, Hyper-V,
     * LXC, the simulator) is xen.
     */
    static String hypervisor(String cloudStackHypervisor) {
        return cloudStackHypervisor != null && cloudStackHypervisor.toLowerCase(Locale.ROOT).startsWith("ovm")
                ? "ovm" : "xen";
    }

    /** CloudStack's {@code keypairs} is a comma-separated list; EC2 shows one key name. */
    private static String firstKeyPair(String keypairs) {
        if (keypairs == null || keypairs.isBlank()) {
            return null;
        }
        return keypairs.split(",")[0].strip();
    }

}
