package dev.ec2gateway.actions.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceStatesTest {
    /** Every state of CloudStack's VirtualMachine.State, and the EC2 state it shows as. */
    private static final Map<String, String> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("Starting", "pending");
        TABLE.put("Running", "running");
        TABLE.put("Stopping", "stopping");
        TABLE.put("Stopped", "stopped");
        TABLE.put("Destroyed", "terminated");
        TABLE.put("Expunging", "terminated");
        TABLE.put("Migrating", "running");
        TABLE.put("Error", "terminated");
        TABLE.put("Unknown", "pending");
        TABLE.put("Shutdown", "stopped");
        TABLE.put("Shutdowned", "stopped");
        TABLE.put("Restoring", "pending");
        TABLE.put("BackingUp", "running");
    }

    @Test
    void everyCloudStackStateHasItsEc2StateAndCode() {
        Map<String, Integer> codes = Map.of("pending", 0, "running", 16, "shutting-down", 32, "terminated", 48,
                "stopping", 64, "stopped", 80);
        assertEquals(TABLE.keySet(), InstanceStates.BY_CLOUDSTACK_STATE.keySet());
        TABLE.forEach((cloudStack, ec2) -> {
            InstanceState state = InstanceStates.of(cloudStack, false, false);
            assertEquals(ec2, state.name(), cloudStack);
            assertEquals(codes.get(ec2), state.code(), cloudStack);
        });
    }

    @Test
    void aStoppedVmWithAJobRunningIsBeingDeployedOrStartedSoPending() {
        assertEquals(InstanceState.PENDING, InstanceStates.of("Stopped", true, false));
    }

    @Test
    void aVmTheGatewayIsDestroyingIsShuttingDownUntilItIsGone() {
        assertEquals(InstanceState.SHUTTING_DOWN, InstanceStates.of("Running", true, true));
        assertEquals(InstanceState.SHUTTING_DOWN, InstanceStates.of("Stopping", true, true));
        assertEquals(InstanceState.SHUTTING_DOWN, InstanceStates.of("Stopped", true, true));
        assertEquals(InstanceState.TERMINATED, InstanceStates.of("Destroyed", false, true));
    }

    @Test
    void aDestroyThatFailedLeavesTheVmInItsOwnState() {
        assertEquals(InstanceState.RUNNING, InstanceStates.of("Running", false, true));
        assertEquals(InstanceState.STOPPED, InstanceStates.of("Stopped", false, true));
    }

    @Test
    void aStateCloudStackMayAddLaterIsPending() {
        assertEquals(InstanceState.PENDING, InstanceStates.of("Hibernating", false, false));
    }

    @Test
    void ovmIsOvmAndEveryOtherHypervisorXen() {
        assertEquals("ovm", InstanceView.hypervisor("Ovm3"));
        assertEquals("xen", InstanceView.hypervisor("XenServer"));
        assertEquals("xen", InstanceView.hypervisor("KVM"));
        assertEquals("xen", InstanceView.hypervisor("Simulator"));
    }
}
