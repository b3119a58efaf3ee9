package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The VM state machine, stepped by hand with a state delay far longer than any test. */
class VmStateMachineTest {

    static final List<String> RUNNING_VM_KEYS = List.of("id", "name", "displayname", "account", "userid",
            "username", "domainid", "domain", "domainpath", "created", "lastupdated", "state", "haenable", "zoneid",
            "zonename", "hostcontrolstate", "templateid", "templatename", "templatetype", "templateformat",
            "templatedisplaytext", "passwordenabled", "serviceofferingid", "serviceofferingname", "cpunumber",
            "cpuspeed", "memory", "guestosid", "rootdeviceid", "rootdevicetype", "securitygroup", "nic",
            "hypervisor", "ipaddress", "details", "readonlydetails", "keypairs", "affinitygroup",
            "isdynamicallyscalable", "deleteprotection", "ostypeid", "osdisplayname", "pooltype", "receivedbytes",
            "sentbytes", "tags", "hasannotations");
    static final List<String> JUST_DEPLOYED_VM_KEYS = List.of("id", "name", "displayname", "account", "userid",
            "username", "domainid", "domain", "domainpath", "created", "state", "haenable", "zoneid", "zonename",
            "templateid", "templatename", "templatetype", "templateformat", "templatedisplaytext",
            "passwordenabled", "serviceofferingid", "serviceofferingname", "cpunumber", "cpuspeed", "memory",
            "guestosid", "rootdeviceid", "rootdevicetype", "securitygroup", "nic", "hypervisor", "details",
            "readonlydetails", "keypairs", "affinitygroup", "isdynamicallyscalable", "deleteprotection", "ostypeid",
            "osdisplayname", "receivedbytes", "sentbytes", "tags", "hasannotations", "jobid", "jobstatus");

    private CloudStackStandIn standIn;
    private Cloud cloud;
    private StandInUser user;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults().withStateDelay(Duration.ofHours(1)));
        cloud = new Cloud(standIn);
        user = standIn.user();
        cloud.client.call(user, "createSSHKeyPair", "name", "kp");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private String runningVm() {
        String id = cloud.deploy(user, cloud.basicZone(), "keypair", "kp").get("id").asText();
        standIn.advance();
        standIn.advance();
        return id;
    }

    private List<String> statesWhile(Runnable command, int steps, String vmId) {
        List<String> seen = new ArrayList<>();
        command.run();
        seen.add(cloud.state(user, vmId));
        for (int i = 0; i < steps; i++) {
            standIn.advance();
            seen.add(cloud.state(user, vmId));
        }
        return seen;
    }

    @Test
    void deployGoesFromStoppedThroughStartingToRunning() {
        JsonNode deployed = cloud.deploy(user, cloud.basicZone(), "keypair", "kp");
        assertEquals(List.of("id", "jobid"), Shapes.keys(deployed));
        String id = deployed.get("id").asText();

        JsonNode justDeployed = cloud.vm(user, id);
        assertEquals(JUST_DEPLOYED_VM_KEYS, Shapes.keys(justDeployed));
        assertEquals("Stopped", justDeployed.get("state").asText());
        assertEquals("true", justDeployed.get("details").get("deployvm").asText());
        assertFalse(justDeployed.get("nic").get(0).has("ipaddress"));
        standIn.advance();
        JsonNode starting = cloud.vm(user, id);
        assertEquals("Starting", starting.get("state").asText());
        assertTrue(starting.has("hostcontrolstate"));
        standIn.advance();
        JsonNode running = cloud.vm(user, id);
        assertEquals(RUNNING_VM_KEYS, Shapes.keys(running));
        assertEquals("Running", running.get("state").asText());
        assertEquals(List.of("SSH.PublicKey", "SSH.KeyPairNames"), Shapes.keys(running.get("details")));
        assertEquals(List.of("id", "networkid", "networkname", "netmask", "gateway", "ipaddress", "broadcasturi",
                "traffictype", "type", "isdefault", "macaddress", "secondaryip", "extradhcpoption", "deviceid"),
                Shapes.keys(running.get("nic").get(0)));
        assertTrue(running.get("nic").get(0).get("deviceid").isTextual());
        assertTrue(running.get("memory").isInt());

        JsonNode result = cloud.job(user, deployed.get("jobid").asText()).get("jobresult").get("virtualmachine");
        List<String> withJob = new ArrayList<>(RUNNING_VM_KEYS);
        withJob.addAll(List.of("jobid", "jobstatus"));
        assertEquals(withJob, Shapes.keys(result));
        assertEquals(0, result.get("jobstatus").asInt());
    }

    @Test
    void stopGoesThroughStoppingAndStartComesBackThroughStarting() {
        String id = runningVm();
        assertEquals(List.of("Running", "Stopping", "Stopped"),
                statesWhile(() -> cloud.client.call(user, "stopVirtualMachine", "id", id), 2, id));
        JsonNode stopped = cloud.vm(user, id);
        assertFalse(stopped.has("hostcontrolstate"));
        assertTrue(stopped.has("pooltype"));
        assertEquals(List.of("Stopped", "Starting", "Running"),
                statesWhile(() -> cloud.client.call(user, "startVirtualMachine", "id", id), 2, id));
    }

    @Test
    void rebootStaysRunning() {
        String id = runningVm();
        String jobId = cloud.client.call(user, "rebootVirtualMachine", "id", id).body().get("jobid").asText();
        assertEquals("Running", cloud.state(user, id));
        standIn.advance();
        assertEquals(1, cloud.job(user, jobId).get("jobstatus").asInt());
        assertEquals("Running", cloud.state(user, id));
    }

    @Test
    void rebootingAStoppedVmFailsTheJob() {
        String id = runningVm();
        cloud.client.call(user, "stopVirtualMachine", "id", id);
        standIn.advance();
        standIn.advance();
        String jobId = cloud.client.call(user, "rebootVirtualMachine", "id", id).body().get("jobid").asText();
        standIn.advance();
        JsonNode job = cloud.job(user, jobId);
        assertEquals(2, job.get("jobstatus").asInt());
        assertTrue(job.get("jobresult").get("errortext").asText().endsWith("is not running, unable to reboot it"));
    }

    @Test
    void stoppingAStoppedVmSucceeds() {
        String id = runningVm();
        cloud.client.call(user, "stopVirtualMachine", "id", id);
        standIn.advance();
        standIn.advance();
        String jobId = cloud.client.call(user, "stopVirtualMachine", "id", id).body().get("jobid").asText();
        standIn.advance();
        assertEquals(1, cloud.job(user, jobId).get("jobstatus").asInt());
    }

    @Test
    void destroyGoesThroughStoppingAndStoppedThenTheVmVanishesAndIsExpunged() {
        String id = runningVm();
        String jobId = cloud.client.call(user, "destroyVirtualMachine", "id", id).body().get("jobid").asText();
        List<String> seen = new ArrayList<>(List.of(cloud.state(user, id)));
        for (int i = 0; i < 3; i++) {
            standIn.advance();
            seen.add(cloud.state(user, id));
        }
        assertEquals(List.of("Running", "Stopping", "Stopped", "absent"), seen);
        JsonNode result = cloud.job(user, jobId).get("jobresult").get("virtualmachine");
        assertEquals("Destroyed", result.get("state").asText());
        assertEquals("{}", result.get("details").toString());
        assertFalse(result.has("keypairs"));
        assertEquals("{}", cloud.client.call(user, "listVirtualMachines", "state", "Destroyed").body().toString());

        standIn.advance();
        standIn.advance();
        assertEquals(431, cloud.client.call(user, "listVirtualMachines", "id", id).status());
    }

    @Test
    void aRegularUserCannotExpunge() {
        String id = runningVm();
        String jobId = cloud.client.call(user, "destroyVirtualMachine", "id", id, "expunge", "true").body()
                .get("jobid").asText();
        standIn.advance();
        JsonNode job = cloud.job(user, jobId);
        assertEquals(2, job.get("jobstatus").asInt());
        assertEquals(530, job.get("jobresultcode").asInt());
        assertEquals("Account does not have permission for expunging.",
                job.get("jobresult").get("errortext").asText());
        assertEquals("Running", cloud.state(user, id));
    }

    @Test
    void aVmWithAJobRunningShowsTheJob() {
        String id = runningVm();
        String jobId = cloud.client.call(user, "stopVirtualMachine", "id", id).body().get("jobid").asText();
        JsonNode vm = cloud.vm(user, id);
        assertEquals(jobId, vm.get("jobid").asText());
        assertEquals(0, vm.get("jobstatus").asInt());
    }
}
