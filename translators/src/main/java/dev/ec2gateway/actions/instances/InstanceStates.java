package dev.ec2gateway.actions.instances;

import java.util.Map;

/**
 * CloudStack VM state → EC2 instance state. Every state of CloudStack's VirtualMachine.State has a row;
 * what CloudStack's state alone cannot tell comes from two more facts: whether a job is running on the
 * VM (a deploy or start passes through Stopped) and whether the gateway was asked to terminate it.
 */
final class InstanceStates {
    /**
     * Migrating and BackingUp happen to a running guest (live migration, VM snapshots), so EC2 sees it
     * running. Error is a VM CloudStack could not deploy or lost; it cannot be started again, which is
     * what EC2 calls terminated. Unknown (host unreachable) is pending: not known to be running.
     * Shutdown (the guest powered itself off; older releases said Shutdowned) is stopped.
     */
    static final Map<String, InstanceState> BY_CLOUDSTACK_STATE = Map.ofEntries(
            Map.entry("Starting", InstanceState.PENDING),
            Map.entry("Running", InstanceState.RUNNING),
            Map.entry("Stopping", InstanceState.STOPPING),
            Map.entry("Stopped", InstanceState.STOPPED),
            Map.entry("Destroyed", InstanceState.TERMINATED),
            Map.entry("Expunging", InstanceState.TERMINATED),
            Map.entry("Migrating", InstanceState.RUNNING),
            Map.entry("Error", InstanceState.TERMINATED),
            Map.entry("Unknown", InstanceState.PENDING),
            Map.entry("Shutdown", InstanceState.STOPPED),
            Map.entry("Shutdowned", InstanceState.STOPPED),
            Map.entry("Restoring", InstanceState.PENDING),
            Map.entry("BackingUp", InstanceState.RUNNING));

    private InstanceStates() {
    }

    /**
     * The EC2 state of a VM.
     *
     * @param jobRunning  CloudStack shows a job in progress on the VM
     * @param terminating the gateway submitted its destroy and it is still listed (a destroy that failed
     *                    leaves the VM without a job, and it shows its own state again)
     */
    static InstanceState of(String cloudStackState, boolean jobRunning, boolean terminating) {
        InstanceState state = BY_CLOUDSTACK_STATE.getOrDefault(cloudStackState, InstanceState.PENDING);
        if (terminating && state != InstanceState.TERMINATED
                && (jobRunning || state == InstanceState.STOPPING)) {
            return InstanceState.SHUTTING_DOWN;
        }
        if (state == InstanceState.STOPPED && jobRunning) {
            return InstanceState.PENDING;
        }
        return state;
    }
}
