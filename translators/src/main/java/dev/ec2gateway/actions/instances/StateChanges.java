package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Start, stop, reboot and terminate: every instance is checked first (EC2 refuses the whole request
 * when one is in the wrong state), then the CloudStack jobs are submitted side by side and the answer
 * says at once where each instance is heading.
 */
final class StateChanges {
    @FunctionalInterface
    interface Finder {
        Map<String, Listed> find(CallContext context, List<String> instanceIds);
    }

    private final Finder finder;
    private final InstanceHistory history;
    private final Clock clock;

    StateChanges(Finder finder, InstanceHistory history, Clock clock) {
        this.finder = finder;
        this.history = history;
        this.clock = clock;
    }

    List<InstanceStateChange> start(List<String> instanceIds, CallContext context) {
        Map<String, Listed> found = finder.find(context, instanceIds);
        requireState(found, Set.of("pending", "running", "stopped"), "started");
        return change(found, context, "stopped", InstanceState.PENDING,
                item -> Command.of("startVirtualMachine").with("id", item.uuid()));
    }

    List<InstanceStateChange> stop(List<String> instanceIds, boolean force, CallContext context) {
        Map<String, Listed> found = finder.find(context, instanceIds);
        requireState(found, Set.of("pending", "running", "stopping", "stopped"), "stopped");
        List<InstanceStateChange> changes = new ArrayList<>();
        List<Listed> toStop = new ArrayList<>();
        for (Listed item : found.values()) {
            String state = item.instance().instanceState().name();
            if (state.equals("pending") || state.equals("running")) {
                toStop.add(item);
            }
        }
        submit(toStop, context, item -> Command.of("stopVirtualMachine").with("id", item.uuid())
                .with("forced", force ? true : null));
        for (Listed item : found.values()) {
            InstanceState now = item.instance().instanceState();
            changes.add(new InstanceStateChange(item.instance().instanceId(),
                    toStop.contains(item) ? InstanceState.STOPPING : now, now));
        }
        return changes;
    }

    void reboot(List<String> instanceIds, CallContext context) {
        Map<String, Listed> found = finder.find(context, instanceIds);
        requireState(found, Set.of("running"), "rebooted");
        submit(List.copyOf(found.values()), context,
                item -> Command.of("rebootVirtualMachine").with("id", item.uuid()));
    }

    List<InstanceStateChange> terminate(List<String> instanceIds, CallContext context) {
        Map<String, Listed> found = finder.find(context, instanceIds);
        List<Listed> toDestroy = found.values().stream()
                .filter(item -> !Set.of("shutting-down", "terminated").contains(item.instance().instanceState().name()))
                .toList();
        submit(toDestroy, context, item -> Command.of("destroyVirtualMachine").with("id", item.uuid()));
        var now = clock.instant();
        for (Listed item : toDestroy) {
            history.terminating(context.accessKey(), new InstanceHistory.Terminated(item.uuid(), item.ownerId(),
                    item.instance(), now));
        }
        return found.values().stream()
                .map(item -> new InstanceStateChange(item.instance().instanceId(),
                        toDestroy.contains(item) ? InstanceState.SHUTTING_DOWN : item.instance().instanceState(),
                        item.instance().instanceState()))
                .toList();
    }

    /** Submits the command of every instance in {@code from} state; the others stay where they are. */
    private List<InstanceStateChange> change(Map<String, Listed> found, CallContext context, String from,
                                             InstanceState heading, Function<Listed, Command> command) {
        List<Listed> moving = found.values().stream()
                .filter(item -> item.instance().instanceState().name().equals(from)).toList();
        submit(moving, context, command);
        return found.values().stream()
                .map(item -> new InstanceStateChange(item.instance().instanceId(),
                        moving.contains(item) ? heading : item.instance().instanceState(),
                        item.instance().instanceState()))
                .toList();
    }

    /**
     * A 431 for a VM command on an instance we found is CloudStack refusing the VM's state (the id was
     * checked); other errors go to the common table.
     */
    private static void submit(List<Listed> items, CallContext context,
                               Function<Listed, Command> command) {
        Parallel.all(items, item -> {
            try {
                return context.cloudStack().submit(command.apply(item));
            } catch (CloudStackException e) {
                if (e.errorCode() == 431) {
                    throw Ec2Error.INCORRECT_INSTANCE_STATE.with(item.instance().instanceId(),
                            item.instance().instanceState().name(), "changed");
                }
                throw e;
            }
        });
    }

    private static void requireState(Map<String, Listed> found, Set<String> allowed, String verb) {
        for (Listed item : found.values()) {
            String state = item.instance().instanceState().name();
            if (!allowed.contains(state)) {
                throw Ec2Error.INCORRECT_INSTANCE_STATE.with(item.instance().instanceId(), state, verb);
            }
        }
    }
}
