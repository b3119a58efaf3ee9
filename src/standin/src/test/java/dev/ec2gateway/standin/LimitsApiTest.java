package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LimitsApiTest {

    private CloudStackStandIn standIn;
    private Cloud cloud;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        cloud = new Cloud(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void listsTwelveLimitsWithTheTypeAsAString() {
        JsonNode limits = cloud.client.call(standIn.user(), "listResourceLimits").body();
        assertEquals(12, limits.get("count").asInt());
        JsonNode vms = cloud.client.call(standIn.user(), "listResourceLimits", "resourcetype", "0").body()
                .get("resourcelimit").get(0);
        assertEquals(List.of("account", "domainid", "domain", "domainpath", "resourcetype", "resourcetypename",
                "max"), Shapes.keys(vms));
        assertTrue(vms.get("resourcetype").isTextual());
        assertEquals(20, vms.get("max").asInt());
    }

    @Test
    void refusesAVmOnceTheAdminSetTheLimitToZero() {
        StandInUser limited = standIn.createUser("ec2lim");
        cloud.client.call(standIn.admin(), "updateResourceLimit", "account", "ec2lim", "domainid", Seed.DOMAIN_ID,
                "resourcetype", "0", "max", "0");
        ApiClient.Reply reply = cloud.client.call(limited, "deployVirtualMachine", "zoneid", cloud.basicZone(),
                "serviceofferingid", cloud.offering("Small Instance"), "templateid", cloud.builtInTemplate());
        assertEquals(535, reply.status());
        assertTrue(reply.body().get("errortext").asText().startsWith(
                "Maximum amount of resources of Type = 'user_vm', tag = 'null' for Account Name = ec2lim"));
    }
}
