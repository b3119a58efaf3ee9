package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecurityGroupsApiTest {

    static final List<String> GROUP_KEYS = List.of("id", "name", "description", "account", "domainid", "domain",
            "domainpath", "ingressrule", "egressrule", "tags", "virtualmachinecount", "virtualmachineids");

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

    private String group(String name) {
        return client.call(user, "createSecurityGroup", "name", name, "description", name + " servers").body()
                .get("securitygroup").get("id").asText();
    }

    private JsonNode jobResult(ApiClient.Reply started) {
        return cloud.job(user, started.body().get("jobid").asText());
    }

    @Test
    void startsWithOnlyTheDefaultGroupAndRefusesDuplicateNames() {
        JsonNode groups = client.call(user, "listSecurityGroups").body();
        assertEquals(1, groups.get("count").asInt());
        assertEquals("default", groups.get("securitygroup").get(0).get("name").asText());
        group("web");
        ApiClient.Reply duplicate = client.call(user, "createSecurityGroup", "name", "web");
        assertEquals(431, duplicate.status());
        assertEquals("Unable to create security group, a group with name web already exists.",
                duplicate.body().get("errortext").asText());
    }

    @Test
    void makesOneRulePerCidrAndReturnsOnlyTheNewRules() {
        String id = group("web");
        client.call(user, "authorizeSecurityGroupIngress", "securitygroupid", id, "protocol", "tcp", "startport",
                "22", "endport", "22", "cidrlist", "0.0.0.0/0");
        JsonNode job = jobResult(client.call(user, "authorizeSecurityGroupIngress", "securitygroupid", id,
                "protocol", "TCP", "startport", "80", "endport", "81", "cidrlist", "10.1.0.0/16,192.168.10.0/24"));
        JsonNode result = job.get("jobresult").get("securitygroup");
        assertEquals(List.of("id", "name", "description", "account", "domainid", "domain", "domainpath",
                "ingressrule", "egressrule", "tags", "virtualmachineids"), Shapes.keys(result));
        assertEquals(2, result.get("ingressrule").size());
        assertEquals(List.of("ruleid", "protocol", "startport", "endport", "cidr"),
                Shapes.keys(result.get("ingressrule").get(0)));
        assertEquals("tcp", result.get("ingressrule").get(0).get("protocol").asText());

        JsonNode listed = client.call(user, "listSecurityGroups", "id", id).body().get("securitygroup").get(0);
        assertEquals(GROUP_KEYS, Shapes.keys(listed));
        assertEquals(3, listed.get("ingressrule").size());
        assertEquals(List.of("ruleid", "protocol", "startport", "endport", "cidr", "tags"),
                Shapes.keys(listed.get("ingressrule").get(0)));
    }

    @Test
    void describesIcmpAndGroupRulesTheirOwnWay() {
        String id = group("db");
        group("app");
        JsonNode icmp = jobResult(client.call(user, "authorizeSecurityGroupIngress", "securitygroupid", id,
                "protocol", "icmp", "icmptype", "-1", "icmpcode", "-1", "cidrlist", "10.0.0.0/8"))
                .get("jobresult").get("securitygroup").get("ingressrule").get(0);
        assertEquals(List.of("ruleid", "protocol", "icmptype", "icmpcode", "cidr"), Shapes.keys(icmp));
        JsonNode peer = jobResult(client.call(user, "authorizeSecurityGroupEgress", "securitygroupname", "db",
                "protocol", "udp", "startport", "53", "endport", "53", "usersecuritygrouplist[0].account",
                "ec2user", "usersecuritygrouplist[0].group", "app")).get("jobresult").get("securitygroup");
        assertEquals("[]", peer.get("ingressrule").toString());
        assertEquals(List.of("ruleid", "protocol", "startport", "endport", "securitygroupname", "account"),
                Shapes.keys(peer.get("egressrule").get(0)));
    }

    @Test
    void failsTheJobForADuplicateRuleOrABadProtocol() {
        String id = group("web");
        String[] rule = {"securitygroupid", id, "protocol", "tcp", "startport", "22", "endport", "22", "cidrlist",
                "0.0.0.0/0"};
        client.call(user, "authorizeSecurityGroupIngress", rule);
        JsonNode duplicate = jobResult(client.call(user, "authorizeSecurityGroupIngress", rule));
        assertEquals(2, duplicate.get("jobstatus").asInt());
        assertEquals(530, duplicate.get("jobresultcode").asInt());
        assertEquals("Failed to authorize security group ingress rule(s)",
                duplicate.get("jobresult").get("errortext").asText());
        JsonNode bad = jobResult(client.call(user, "authorizeSecurityGroupIngress", "securitygroupid", id,
                "protocol", "foo", "cidrlist", "0.0.0.0/0"));
        assertEquals(431, bad.get("jobresultcode").asInt());
        assertEquals("Invalid protocol foo", bad.get("jobresult").get("errortext").asText());
    }

    @Test
    void revokesARuleById() {
        String id = group("web");
        String ruleId = jobResult(client.call(user, "authorizeSecurityGroupIngress", "securitygroupid", id,
                "protocol", "tcp", "startport", "22", "endport", "22", "cidrlist", "0.0.0.0/0"))
                .get("jobresult").get("securitygroup").get("ingressrule").get(0).get("ruleid").asText();
        JsonNode revoked = jobResult(client.call(user, "revokeSecurityGroupIngress", "id", ruleId));
        assertEquals("{\"success\":true}", revoked.get("jobresult").toString());
        assertFalse(revoked.has("jobinstanceid"));
        assertEquals("[]", client.call(user, "listSecurityGroups", "id", id).body().get("securitygroup").get(0)
                .get("ingressrule").toString());
        assertEquals(431, client.call(user, "revokeSecurityGroupIngress", "id", ruleId).status());
    }

    @Test
    void refusesToDeleteTheDefaultGroupAGroupInUseOrAnUnknownOne() {
        String id = group("web");
        assertEquals("The network group default is reserved",
                client.call(user, "deleteSecurityGroup", "name", "default").body().get("errortext").asText());
        String vm = cloud.deploy(user, cloud.basicZone(), "securitygroupids", id).get("id").asText();
        assertEquals(536, client.call(user, "deleteSecurityGroup", "name", "web").status());
        assertEquals(1, client.call(user, "listSecurityGroups", "virtualmachineid", vm).body().get("count").asInt());
        assertEquals(431, client.call(user, "deleteSecurityGroup", "name", "nope").status());
        String spare = group("spare");
        assertEquals("{\"success\":true}",
                client.call(user, "deleteSecurityGroup", "id", spare).body().toString());
    }

    @Test
    void showsOtherAccountsGroupsToNoOne() {
        String theirs = client.call(standIn.otherUser(), "createSecurityGroup", "name", "theirs").body()
                .get("securitygroup").get("id").asText();
        assertEquals("{}", client.call(user, "listSecurityGroups", "id", theirs).body().toString());
        assertEquals(531, client.call(user, "deleteSecurityGroup", "id", theirs).status());
    }
}
