package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicIpsApiTest {

    static final List<String> IP_KEYS = List.of("id", "ipaddress", "allocated", "zoneid", "zonename",
            "issourcenat", "account", "domainid", "domain", "domainpath", "forvirtualnetwork", "isstaticnat",
            "issystem", "associatednetworkid", "associatednetworkname", "networkid", "state", "physicalnetworkid",
            "tags", "isportable", "hasrules", "forsystemvms", "hasannotations");

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

    @Test
    void hasNoPublicAddressesInTheBasicZone() {
        ApiClient.Reply reply = client.call(user, "associateIpAddress", "zoneid", cloud.basicZone());
        assertEquals(533, reply.status());
        assertEquals(9999, reply.body().get("cserrorcode").asInt());
        assertEquals("Insufficient address capacity", reply.body().get("errortext").asText());
        assertEquals("{}", client.call(user, "listPublicIpAddresses", "zoneid", cloud.basicZone()).body()
                .toString());
    }

    @Test
    void associatesAnAddressBesideTheSourceNatOneAndMapsItToAVm() {
        String vm = cloud.deploy(user, cloud.advancedZone()).get("id").asText();
        String network = cloud.vm(user, vm).get("nic").get(0).get("networkid").asText();
        JsonNode associated = client.call(user, "associateIpAddress", "networkid", network).body();
        assertEquals(List.of("id", "jobid"), Shapes.keys(associated));
        JsonNode result = cloud.job(user, associated.get("jobid").asText()).get("jobresult").get("ipaddress");
        assertEquals(IP_KEYS, Shapes.keys(result));
        assertEquals("Allocating", result.get("state").asText());

        JsonNode listed = client.call(user, "listPublicIpAddresses", "zoneid", cloud.advancedZone()).body();
        assertEquals(2, listed.get("count").asInt());
        assertTrue(listed.get("publicipaddress").get(0).get("issourcenat").asBoolean());
        assertEquals("Allocated", listed.get("publicipaddress").get(1).get("state").asText());

        String ipId = associated.get("id").asText();
        assertEquals("{\"success\":true}", client.call(user, "enableStaticNat", "ipaddressid", ipId,
                "virtualmachineid", vm).body().toString());
        assertEquals(431, client.call(user, "enableStaticNat", "ipaddressid", ipId, "virtualmachineid", vm)
                .status());
        JsonNode ip = client.call(user, "listPublicIpAddresses", "id", ipId).body().get("publicipaddress").get(0);
        assertTrue(ip.get("isstaticnat").asBoolean());
        assertEquals(vm, ip.get("virtualmachineid").asText());
        assertEquals(ip.get("ipaddress").asText(), cloud.vm(user, vm).get("publicip").asText());

        String disable = client.call(user, "disableStaticNat", "ipaddressid", ipId).body().get("jobid").asText();
        assertEquals(1, cloud.job(user, disable).get("jobstatus").asInt());
        String again = client.call(user, "disableStaticNat", "ipaddressid", ipId).body().get("jobid").asText();
        assertEquals(431, cloud.job(user, again).get("jobresultcode").asInt());

        client.call(user, "disassociateIpAddress", "id", ipId);
        assertEquals("{}", client.call(user, "listPublicIpAddresses", "id", ipId).body().toString());
    }
}
