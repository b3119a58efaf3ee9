package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VM commands with a zero state delay: every job has finished when its command is answered. */
class VirtualMachinesApiTest {

    private static final String UNKNOWN_ID = "9f1c2e4a-7b3d-4c5e-8a6f-0d1e2f3a4b5c";

    private CloudStackStandIn standIn;
    private Cloud cloud;
    private ApiClient client;
    private StandInUser user;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        cloud = new Cloud(standIn);
        client = cloud.client;
        user = standIn.user();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private String vm(StandInUser owner, String... more) {
        return cloud.deploy(owner, cloud.basicZone(), more).get("id").asText();
    }

    @Test
    void namesAVmDeployedWithoutANameAfterItsId() {
        String id = vm(user);
        JsonNode vm = cloud.vm(user, id);
        assertEquals("VM-" + id, vm.get("name").asText());
        assertEquals("VM-" + id, vm.get("displayname").asText());
        assertFalse(vm.has("keypairs"));
        assertEquals("default", vm.get("securitygroup").get(0).get("name").asText());
    }

    @Test
    void keepsEachAccountsVmsToItself() {
        String mine = vm(user);
        String theirs = vm(standIn.otherUser());
        assertEquals(1, client.call(user, "listVirtualMachines").body().get("count").asInt());
        assertEquals("{}", client.call(user, "listVirtualMachines", "id", theirs).body().toString());
        for (String command : List.of("stopVirtualMachine", "destroyVirtualMachine", "startVirtualMachine")) {
            ApiClient.Reply reply = client.call(user, command, "id", theirs);
            assertEquals(531, reply.status());
            assertEquals(Shapes.ERROR, Shapes.keys(reply.body()));
            assertEquals(4365, reply.body().get("cserrorcode").asInt());
            assertEquals("Caller does not have permission to operate with provided resource.",
                    reply.body().get("errortext").asText());
        }
        assertEquals("Running", cloud.state(standIn.otherUser(), theirs));
        assertEquals("Running", cloud.state(user, mine));
    }

    @Test
    void answers431ForUnknownMalformedAndMissingIds() {
        ApiClient.Reply unknown = client.call(user, "stopVirtualMachine", "id", UNKNOWN_ID);
        assertEquals(431, unknown.status());
        assertEquals(9999, unknown.body().get("cserrorcode").asInt());
        assertEquals("Unable to execute API command stopvirtualmachine due to invalid value. Invalid parameter id"
                + " value=" + UNKNOWN_ID + " due to incorrect long value format, or entity does not exist or due to"
                + " incorrect parameter annotation for the field in api cmd class.",
                unknown.body().get("errortext").asText());
        assertEquals(431, client.call(user, "listVirtualMachines", "id", "i-12345678").status());
        assertEquals(431, client.call(user, "listVirtualMachines", "id", UNKNOWN_ID).status());
        assertEquals("Unable to execute API command stopvirtualmachine due to missing parameter id",
                client.call(user, "stopVirtualMachine").body().get("errortext").asText());
    }

    @Test
    void checksDeployParametersBeforeStartingAJob() {
        ApiClient.Reply missing = client.call(user, "deployVirtualMachine", "zoneid", cloud.basicZone(),
                "serviceofferingid", cloud.offering("Small Instance"));
        assertEquals("Unable to execute API command deployvirtualmachine due to missing parameter templateid",
                missing.body().get("errortext").asText());
        ApiClient.Reply unknownTemplate = client.call(user, "deployVirtualMachine", "zoneid", cloud.basicZone(),
                "serviceofferingid", cloud.offering("Small Instance"), "templateid", UNKNOWN_ID);
        assertEquals(431, unknownTemplate.status());
        assertEquals(9999, unknownTemplate.body().get("cserrorcode").asInt());
        ApiClient.Reply badKeyPair = client.call(user, "deployVirtualMachine", "zoneid", cloud.basicZone(),
                "serviceofferingid", cloud.offering("Small Instance"), "templateid", cloud.builtInTemplate(),
                "keypair", "no-such-kp");
        assertEquals(431, badKeyPair.status());
        assertEquals(4350, badKeyPair.body().get("cserrorcode").asInt());
        assertEquals("Not all specified keypairs exist", badKeyPair.body().get("errortext").asText());
        assertEquals("{}", client.call(user, "listVirtualMachines").body().toString());
    }

    @Test
    void refusesTheTwentyFirstVmWith535() {
        for (int i = 0; i < 20; i++) {
            vm(user);
        }
        ApiClient.Reply reply = client.call(user, "deployVirtualMachine", "zoneid", cloud.basicZone(),
                "serviceofferingid", cloud.offering("Small Instance"), "templateid", cloud.builtInTemplate());
        assertEquals(535, reply.status());
        assertEquals(9999, reply.body().get("cserrorcode").asInt());
        assertEquals(20, client.call(user, "listVirtualMachines").body().get("count").asInt());
    }

    @Test
    void encryptsThePasswordOfAPasswordEnabledTemplateWithTheKeyPair() throws Exception {
        String pem = client.call(user, "createSSHKeyPair", "name", "kp").body().get("keypair").get("privatekey")
                .asText();
        String template = client.call(user, "registerTemplate", "name", "pw", "displaytext", "pw", "url",
                "http://10.0.0.1/pw.vhd", "format", "VHD", "hypervisor", "Simulator", "ostypeid",
                client.call(user, "listOsTypes").body().get("ostype").get(0).get("id").asText(), "zoneid",
                cloud.basicZone(), "passwordenabled", "true").body().get("template").get(0).get("id").asText();
        JsonNode deployed = client.call(user, "deployVirtualMachine", "zoneid", cloud.basicZone(),
                "serviceofferingid", cloud.offering("Small Instance"), "templateid", template, "keypair", "kp")
                .body();
        JsonNode result = cloud.job(user, deployed.get("jobid").asText()).get("jobresult").get("virtualmachine");
        String password = result.get("password").asText();
        assertTrue(password.matches("[A-Za-z0-9]{6}"));
        assertFalse(cloud.vm(user, deployed.get("id").asText()).has("password"));

        String encrypted = client.call(user, "getVMPassword", "id", deployed.get("id").asText()).body()
                .get("password").get("encryptedpassword").asText();
        RSAPrivateCrtKey key = TestKeys.parsePkcs1(pem);
        assertEquals(password, TestKeys.decrypt(key, encrypted));
        assertEquals(encrypted, result.get("details").get("Encrypted.Password").asText());
    }

    @Test
    void hasNoPasswordForAVmOfAnOrdinaryTemplate() {
        ApiClient.Reply reply = client.call(user, "getVMPassword", "id", vm(user));
        assertEquals(431, reply.status());
        assertEquals(4350, reply.body().get("cserrorcode").asInt());
        assertTrue(reply.body().get("errortext").asText().startsWith("No password found for VM [VM instance {"));
    }

    @Test
    void keepsUserDataOutOfListsButGivesItBack() {
        String userData = "IyEvYmluL3NoCmVjaG8gaGk=";
        String id = vm(user, "userdata", userData, "name", "web", "displayname", "web server");
        JsonNode vm = cloud.vm(user, id);
        assertFalse(vm.has("userdata"));
        assertEquals("web server", vm.get("displayname").asText());
        JsonNode data = client.call(user, "getVirtualMachineUserData", "virtualmachineid", id).body()
                .get("virtualmachineuserdata");
        assertEquals(List.of("virtualmachineid", "userdata"), Shapes.keys(data));
        assertEquals(userData, data.get("userdata").asText());

        JsonNode updated = client.call(user, "updateVirtualMachine", "id", id, "displayname", "renamed",
                "userdata", "bmV3").body().get("virtualmachine");
        assertEquals("renamed", updated.get("displayname").asText());
        assertEquals("bmV3", client.call(user, "getVirtualMachineUserData", "virtualmachineid", id).body()
                .get("virtualmachineuserdata").get("userdata").asText());
    }

    @Test
    void changesTheOfferingOnlyOfAStoppedVm() {
        String id = vm(user);
        String medium = cloud.offering("Medium Instance");
        ApiClient.Reply running = client.call(user, "changeServiceForVirtualMachine", "id", id,
                "serviceofferingid", medium);
        assertEquals(431, running.status());
        assertEquals(4350, running.body().get("cserrorcode").asInt());
        client.call(user, "stopVirtualMachine", "id", id);
        JsonNode changed = client.call(user, "changeServiceForVirtualMachine", "id", id, "serviceofferingid",
                medium).body().get("virtualmachine");
        assertEquals("Medium Instance", changed.get("serviceofferingname").asText());
        assertEquals(1024, changed.get("memory").asInt());
    }

    @Test
    void putsAnAdvancedZoneVmIntoAnIsolatedNetworkWithoutSecurityGroups() {
        String id = cloud.deploy(user, cloud.advancedZone()).get("id").asText();
        JsonNode vm = cloud.vm(user, id);
        assertEquals("[]", vm.get("securitygroup").toString());
        JsonNode nic = vm.get("nic").get(0);
        assertEquals("Isolated", nic.get("type").asText());
        assertTrue(nic.has("isolationuri"));
        JsonNode network = client.call(user, "listNetworks", "id", nic.get("networkid").asText()).body()
                .get("network").get(0);
        assertEquals("Implemented", network.get("state").asText());
    }

    @Test
    void filtersByStateNameKeywordAndIds() {
        String a = vm(user, "name", "alpha");
        String b = vm(user, "name", "beta");
        client.call(user, "stopVirtualMachine", "id", b);
        assertEquals(a, client.call(user, "listVirtualMachines", "state", "Running").body().get("virtualmachine")
                .get(0).get("id").asText());
        assertEquals("{}", client.call(user, "listVirtualMachines", "state", "Bogus").body().toString());
        assertEquals(b, client.call(user, "listVirtualMachines", "name", "beta").body().get("virtualmachine")
                .get(0).get("id").asText());
        assertEquals(1, client.call(user, "listVirtualMachines", "keyword", "alp").body().get("count").asInt());
        assertEquals(2, client.call(user, "listVirtualMachines", "ids", a + "," + b).body().get("count").asInt());
        JsonNode page = client.call(user, "listVirtualMachines", "page", "2", "pagesize", "1").body();
        assertEquals(2, page.get("count").asInt());
        assertEquals(b, page.get("virtualmachine").get(0).get("id").asText());
    }

    @Test
    void dropsTemplateAndOfferingFieldsForDetailsMin() {
        JsonNode vm = client.call(user, "listVirtualMachines", "id", vm(user), "details", "min").body()
                .get("virtualmachine").get(0);
        assertFalse(vm.has("templateid"));
        assertFalse(vm.has("memory"));
        assertFalse(vm.has("passwordenabled"));
        assertTrue(vm.has("guestosid"));
    }
}
