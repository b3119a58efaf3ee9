package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateChangesApiTest {

    private CloudStackStandIn standIn;
    private Cloud cloud;
    private ApiClient client;
    private StandInUser user;
    private String osType;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        cloud = new Cloud(standIn);
        client = cloud.client;
        user = standIn.user();
        osType = client.call(user, "listOsTypes").body().get("ostype").get(0).get("id").asText();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private String stoppedVmRoot() {
        client.call(user, "createSSHKeyPair", "name", "kp");
        String vm = cloud.deploy(user, cloud.basicZone(), "keypair", "kp").get("id").asText();
        client.call(user, "stopVirtualMachine", "id", vm);
        return client.call(user, "listVolumes", "virtualmachineid", vm).body().get("volume").get(0).get("id")
                .asText();
    }

    private JsonNode createFromVolume(String volume) {
        JsonNode created = client.call(user, "createTemplate", "volumeid", volume, "name", "img", "displaytext",
                "image", "ostypeid", osType, "passwordenabled", "true").body();
        return cloud.job(user, created.get("jobid").asText()).get("jobresult").get("template");
    }

    @Test
    void makesAPasswordEnabledTemplateFromAStoppedVmsRootVolume() {
        JsonNode template = createFromVolume(stoppedVmRoot());
        assertEquals("USER", template.get("templatetype").asText());
        assertEquals("Download Complete", template.get("status").asText());
        assertTrue(template.get("passwordenabled").asBoolean());
        assertTrue(template.get("details").has("SSH.PublicKey"));
        assertEquals(1, client.call(user, "listTemplates", "templatefilter", "self").body().get("count").asInt());
        assertEquals("{}", client.call(standIn.otherUser(), "listTemplates", "templatefilter", "executable",
                "id", template.get("id").asText()).body().toString());
    }

    @Test
    void sharesATemplateWithAnotherAccountAndMakesItPublic() {
        String id = createFromVolume(stoppedVmRoot()).get("id").asText();
        assertEquals("[\"ec2user\"]", client.call(user, "listTemplatePermissions", "id", id).body()
                .get("templatepermission").get("account").toString());
        client.call(user, "updateTemplatePermissions", "id", id, "accounts", "ec2other", "op", "add");
        assertEquals("[\"ec2other\",\"ec2user\"]", client.call(user, "listTemplatePermissions", "id", id).body()
                .get("templatepermission").get("account").toString());
        assertEquals(1, client.call(standIn.otherUser(), "listTemplates", "templatefilter", "sharedexecutable")
                .body().get("count").asInt());
        ApiClient.Reply unknown = client.call(user, "updateTemplatePermissions", "id", id, "accounts", "nobody",
                "op", "add");
        assertEquals(431, unknown.status());
        assertEquals(4350, unknown.body().get("cserrorcode").asInt());
        client.call(user, "updateTemplatePermissions", "id", id, "ispublic", "true");
        assertFalse(client.call(user, "listTemplatePermissions", "id", id).body().get("templatepermission")
                .has("account"));
    }

    @Test
    void deletesAnOwnTemplateButNotTheBuiltInOne() {
        String id = createFromVolume(stoppedVmRoot()).get("id").asText();
        String job = client.call(user, "deleteTemplate", "id", id).body().get("jobid").asText();
        assertEquals("{\"success\":true}", cloud.job(user, job).get("jobresult").toString());
        assertEquals("{}", client.call(user, "listTemplates", "templatefilter", "self", "id", id).body()
                .toString());
        assertEquals(531, client.call(user, "deleteTemplate", "id", cloud.builtInTemplate()).status());
    }

    @Test
    void registersATemplateListShapedAndRefusesAnUnresolvableHost() {
        JsonNode registered = client.call(user, "registerTemplate", "name", "reg", "displaytext", "reg", "url",
                "http://10.0.0.1/x.vhd", "format", "VHD", "hypervisor", "Simulator", "ostypeid", osType, "zoneid",
                cloud.basicZone()).body();
        assertEquals(1, registered.get("count").asInt());
        assertTrue(registered.get("template").get(0).has("url"));
        ApiClient.Reply bad = client.call(user, "registerTemplate", "name", "bad", "displaytext", "bad", "url",
                "http://no-such-host.invalid/x.vhd", "format", "VHD", "hypervisor", "Simulator", "ostypeid", osType,
                "zoneid", cloud.basicZone());
        assertEquals(431, bad.status());
        assertEquals("Unable to resolve no-such-host.invalid.", bad.body().get("errortext").asText());
    }
}
