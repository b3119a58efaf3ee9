package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * CloudStack's VM state machine as job steps: deploy and start go Stopped → Starting → Running, stop goes
 * Running → Stopping → Stopped, reboot stays Running, destroy goes on to Destroyed and later Expunging, gone.
 */
final class VmLifecycle {

    private static final String CMD = "org.apache.cloudstack.api.command.user.vm.";

    private final Call call;
    private final Store store;

    VmLifecycle(Call call) {
        this.call = call;
        this.store = call.store();
    }

    ObjectNode deploy(Vm vm) {
        AsyncJob job = begin(vm, "DeployVMCmd");
        run(job, vm, List.of(() -> starting(vm), () -> running(vm)));
        return Jobs.idAndJobId(vm.id(), job);
    }

    ObjectNode start(Vm vm) {
        AsyncJob job = begin(vm, "StartVMCmd");
        run(job, vm, List.of(() -> {
            if (vm.state() != VmState.Stopped) {
                throw ApiError.jobFailure(ApiError.PARAM_ERROR, "The virtual machine " + vm.id() + " ("
                        + vm.displayName() + ") is already running");
            }
            return starting(vm);
        }, () -> running(vm)));
        return Jobs.jobId(job);
    }

    ObjectNode stop(Vm vm) {
        AsyncJob job = begin(vm, "StopVMCmd");
        List<JobEngine.Step> steps = new ArrayList<>();
        if (vm.state() != VmState.Stopped) {
            steps.add(() -> transition(vm, VmState.Stopping));
        }
        steps.add(() -> {
            transition(vm, VmState.Stopped);
            return result(vm);
        });
        run(job, vm, steps);
        return Jobs.jobId(job);
    }

    ObjectNode reboot(Vm vm) {
        AsyncJob job = begin(vm, "RebootVMCmd");
        run(job, vm, List.of(() -> {
            if (vm.state() != VmState.Running) {
                throw ApiError.jobFailure(ApiError.PARAM_ERROR, "The VM " + vm.id() + " (" + vm.displayName()
                        + ") is not running, unable to reboot it");
            }
            return result(vm);
        }));
        return Jobs.jobId(job);
    }

    ObjectNode destroy(Vm vm, boolean expunge) {
        AsyncJob job = begin(vm, "DestroyVMCmd");
        List<JobEngine.Step> steps = new ArrayList<>();
        if (expunge) {
            steps.add(() -> {
                throw ApiError.jobFailure(ApiError.INTERNAL_ERROR, "Account does not have permission for expunging.");
            });
        } else {
            if (vm.state() != VmState.Stopped) {
                steps.add(() -> {
                    forgetKeys(vm);
                    return transition(vm, VmState.Stopping);
                });
            }
            steps.add(() -> {
                forgetKeys(vm);
                return transition(vm, VmState.Stopped);
            });
            steps.add(() -> {
                transition(vm, VmState.Destroyed);
                return result(vm);
            });
        }
        AsyncJob started = job;
        call.jobs().run(started, steps, () -> {
            vm.setJobId(null);
            if (vm.state() == VmState.Destroyed) {
                expungeLater(vm);
            }
        });
        return Jobs.jobId(job);
    }

    private void expungeLater(Vm vm) {
        call.jobs().background(List.of(() -> transition(vm, VmState.Expunging), () -> {
            store.vms().remove(vm.id());
            store.volumes().values().stream().filter(v -> v.vm() == vm).forEach(Volume::detach);
            if (vm.rootVolume() != null) {
                store.volumes().remove(vm.rootVolume().id());
            }
            store.tags().removeIf(t -> t.resourceId().equals(vm.id()));
            if (vm.staticNatIp() != null) {
                vm.staticNatIp().setStaticNatVm(null);
            }
            return null;
        }));
    }

    private AsyncJob begin(Vm vm, String cmd) {
        AsyncJob job = call.jobs().create(call.caller(), CMD + cmd, "VirtualMachine", vm.id());
        vm.setJobId(job.id());
        return job;
    }

    private void run(AsyncJob job, Vm vm, List<JobEngine.Step> steps) {
        call.jobs().run(job, steps, () -> {
            vm.setJobId(null);
            vm.setPlainPassword(null);
        });
    }

    private ObjectNode starting(Vm vm) {
        return transition(vm, VmState.Starting);
    }

    private ObjectNode running(Vm vm) {
        if (vm.ipAddress() == null) {
            vm.assignAddress(vm.network().nextAddress(), store.randomMac());
        }
        vm.details().remove("deployvm");
        vm.rootVolume().setState("Ready");
        store.volumes().values().stream().filter(v -> v.vm() == vm).forEach(v -> v.setState("Ready"));
        if (!vm.network().shared()) {
            vm.network().setState("Implemented");
            PublicIps.ensureSourceNat(store, vm.network());
        }
        transition(vm, VmState.Running);
        return result(vm);
    }

    private ObjectNode transition(Vm vm, VmState state) {
        vm.setState(state, store.now());
        return null;
    }

    private static void forgetKeys(Vm vm) {
        vm.details().clear();
        vm.keyPairNames().clear();
    }

    private ObjectNode result(Vm vm) {
        return AccountsApi.wrap("virtualmachine", VmJson.render(vm, store, false));
    }
}
