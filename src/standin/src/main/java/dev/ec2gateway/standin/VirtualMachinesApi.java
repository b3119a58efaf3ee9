package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Virtual machines: deploy, list, the lifecycle commands and what a VM carries (password, user data). */
final class VirtualMachinesApi {

    private VirtualMachinesApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("deployVirtualMachine", call -> new DeployVm(call).deploy()),
                Command.user("listVirtualMachines", VirtualMachinesApi::list),
                Command.user("startVirtualMachine", call -> new VmLifecycle(call).start(vm(call))),
                Command.user("stopVirtualMachine", call -> new VmLifecycle(call).stop(vm(call))),
                Command.user("rebootVirtualMachine", call -> new VmLifecycle(call).reboot(vm(call))),
                Command.user("destroyVirtualMachine",
                        call -> new VmLifecycle(call).destroy(vm(call), call.params().flag("expunge"))),
                Command.user("getVMPassword", VirtualMachinesApi::password),
                Command.user("getVirtualMachineUserData", VirtualMachinesApi::userData),
                Command.user("changeServiceForVirtualMachine", VirtualMachinesApi::changeService),
                Command.user("updateVirtualMachine", VirtualMachinesApi::update));
    }

    private static Vm vm(Call call) {
        Vm vm = call.owned("id", call.store().vms());
        if (!vm.visible()) {
            throw ApiError.invalidParameter(call.params().command(), "id", vm.id());
        }
        return vm;
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        Lists.paging(params);
        Map<String, Vm> vms = call.store().vms();
        Predicate<Vm> matches = vm -> vm.owner() == call.account() && vm.visible();
        Optional<Predicate<Vm>> byId = call.idFilter("id", vms, vm -> vm.state() != VmState.Expunging);
        if (byId.isPresent()) {
            matches = matches.and(byId.get());
        }
        List<String> ids = params.uuids("ids");
        if (!ids.isEmpty()) {
            matches = matches.and(vm -> ids.contains(vm.id()));
        }
        matches = matches
                .and(vm -> params.get("name").map(vm.name()::equals).orElse(true))
                .and(vm -> params.get("state").map(s -> s.equalsIgnoreCase(vm.state().name())).orElse(true))
                .and(vm -> params.get("zoneid").map(vm.zone().id()::equals).orElse(true))
                .and(vm -> params.get("networkid").map(vm.network().id()::equals).orElse(true))
                .and(vm -> params.get("templateid").map(vm.template().id()::equals).orElse(true))
                .and(vm -> params.get("keyword").map(k -> vm.name().contains(k) || vm.displayName().contains(k))
                        .orElse(true))
                .and(Tags.filter(call.store(), params));
        List<Vm> found = vms.values().stream().filter(matches).toList();
        boolean min = params.get("details").map(d -> d.equalsIgnoreCase("min")).orElse(false);
        return Lists.answer(params, "virtualmachine", found, vm -> VmJson.render(vm, call.store(), min));
    }

    private static ObjectNode password(Call call) {
        Vm vm = vm(call);
        String encrypted = vm.details().get("Encrypted.Password");
        if (encrypted == null) {
            throw ApiError.invalidValue("No password found for VM [" + VmJson.instance(vm) + "]. When the VM's SSH"
                    + " keypair is changed, the current encrypted password is removed due to inconsistency in the"
                    + " encryption, as the new SSH keypair is different from which the password was encrypted. To"
                    + " get a new password, it must be reseted.");
        }
        ObjectNode password = Json.object();
        password.put("encryptedpassword", encrypted);
        return AccountsApi.wrap("password", password);
    }

    private static ObjectNode userData(Call call) {
        Vm vm = call.owned("virtualmachineid", call.store().vms());
        ObjectNode node = Json.object();
        node.put("virtualmachineid", vm.id());
        if (vm.userData() != null) {
            node.put("userdata", vm.userData());
        }
        return AccountsApi.wrap("virtualmachineuserdata", node);
    }

    private static ObjectNode changeService(Call call) {
        Vm vm = vm(call);
        ServiceOffering offering = call.existing("serviceofferingid", call.store().serviceOfferings());
        if (vm.state() != VmState.Stopped) {
            throw ApiError.invalidValue("Unable to upgrade virtual machine " + VmJson.instance(vm) + "  in state "
                    + vm.state() + "; make sure the virtual machine is stopped");
        }
        vm.setOffering(offering);
        return AccountsApi.wrap("virtualmachine", VmJson.render(vm, call.store(), false));
    }

    private static ObjectNode update(Call call) {
        Vm vm = vm(call);
        call.params().get("displayname").ifPresent(vm::setDisplayName);
        call.params().get("userdata").ifPresent(vm::setUserData);
        return AccountsApi.wrap("virtualmachine", VmJson.render(vm, call.store(), false));
    }
}
