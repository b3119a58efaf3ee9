package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.instances.CsCatalog.CsVolume;
import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.cloudstack.ListPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A CloudStack holding VMs with one ROOT volume each, answering listings as CloudStack pages them; records the calls. */
final class ListingCloudStack implements CloudStack {
    final List<CsVirtualMachine> vms = new CopyOnWriteArrayList<>();
    final List<Command> calls = new CopyOnWriteArrayList<>();

    static CsVirtualMachine vm(String id) {
        return new CsVirtualMachine(id, "vm-" + id, "", "ec2user", "2026-11-24T05:33:18+0000", "Running", "z1",
                "Sim-Basic", "t1", "o1", "m1.small", 1, 512, "Simulator", null, null, null, null, null, null, null);
    }

    static String rootOf(String vmId) {
        return "root-" + vmId;
    }

    List<Command> calls(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ListPage<T> page(Command command, String itemKey, Class<T> type) {
        calls.add(command);
        int page = Integer.parseInt(command.params().get("page"));
        int size = Integer.parseInt(command.params().get("pagesize"));
        List<CsVirtualMachine> all = List.copyOf(vms);
        List<CsVirtualMachine> items = all.subList(Math.min(all.size(), (page - 1) * size),
                Math.min(all.size(), page * size));
        return (ListPage<T>) new ListPage<>(items, all.size());
    }

    @Override
    public <T> T read(Command command, Class<T> type) {
        throw new UnsupportedOperationException(command.name());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> list(Command command, String itemKey, Class<T> type) {
        calls.add(command);
        if (command.name().equals("listVolumes")) {
            String only = command.params().get("virtualmachineid");
            List<CsVolume> roots = new ArrayList<>();
            vms.stream().filter(vm -> only == null || vm.id().equals(only)).forEach(vm -> roots.add(
                    new CsVolume(rootOf(vm.id()), vm.id(), "ROOT", "2026-11-24T05:33:18+0000", "Ready")));
            return (List<T>) roots;
        }
        String ids = command.params().get("ids");
        Set<String> wanted = ids == null ? null : Set.of(ids.split(","));
        return (List<T>) vms.stream().filter(vm -> wanted == null || wanted.contains(vm.id())).toList();
    }

    @Override
    public <T> T get(Command command, String key, Class<T> type) {
        throw new UnsupportedOperationException(command.name());
    }

    @Override
    public AsyncJob submit(Command command) {
        throw new UnsupportedOperationException(command.name());
    }

    @Override
    public <T> T await(AsyncJob job, String resultKey, Class<T> type) {
        throw new UnsupportedOperationException(job.command());
    }
}
