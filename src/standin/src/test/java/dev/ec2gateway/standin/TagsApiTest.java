package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TagsApiTest {

    static final List<String> LISTED_TAG_KEYS = List.of("key", "value", "resourcetype", "resourceid", "account",
            "domainid", "domain", "domainpath");

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

    private JsonNode tag(StandInUser caller, String type, String id, String... keyValues) {
        String[] params = new String[4 + keyValues.length * 2];
        params[0] = "resourcetype";
        params[1] = type;
        params[2] = "resourceids";
        params[3] = id;
        for (int i = 0; i < keyValues.length / 2; i++) {
            params[4 + i * 4] = "tags[" + i + "].key";
            params[5 + i * 4] = keyValues[i * 2];
            params[6 + i * 4] = "tags[" + i + "].value";
            params[7 + i * 4] = keyValues[i * 2 + 1];
        }
        return cloud.job(caller, client.call(caller, "createTags", params).body().get("jobid").asText());
    }

    @Test
    void tagsAVmAndListsTheTagsNewestFirst() {
        String vm = cloud.deploy(user, cloud.basicZone()).get("id").asText();
        JsonNode job = tag(user, "UserVm", vm, "Name", "web-1", "env", "test");
        assertEquals("{\"success\":true}", job.get("jobresult").toString());
        assertEquals(List.of("accountid", "account", "domainid", "domainpath", "userid", "cmd", "jobstatus",
                "jobprocstatus", "jobresultcode", "jobresulttype", "jobresult", "created", "completed", "jobid"),
                Shapes.keys(job));
        JsonNode tags = client.call(user, "listTags", "resourcetype", "UserVm", "resourceid", vm).body();
        assertEquals(2, tags.get("count").asInt());
        assertEquals("env", tags.get("tag").get(0).get("key").asText());
        assertEquals(LISTED_TAG_KEYS, Shapes.keys(tags.get("tag").get(0)));
        JsonNode inVm = cloud.vm(user, vm).get("tags");
        assertEquals(LISTED_TAG_KEYS.subList(0, 7), Shapes.keys(inVm.get(0)));

        assertEquals(1, client.call(user, "listVirtualMachines", "tags[0].key", "Name", "tags[0].value", "web-1")
                .body().get("count").asInt());
        assertEquals("{}", client.call(user, "listVirtualMachines", "tags[0].key", "Name", "tags[0].value", "x")
                .body().toString());
    }

    @Test
    void failsTagJobsForBadTypesUnknownResourcesAndOtherAccounts() {
        String theirs = cloud.deploy(standIn.otherUser(), cloud.basicZone()).get("id").asText();
        JsonNode bogus = tag(user, "Bogus", theirs, "a", "b");
        assertEquals(431, bogus.get("jobresultcode").asInt());
        assertEquals("Invalid resource type Bogus", bogus.get("jobresult").get("errortext").asText());
        JsonNode unknown = tag(user, "UserVm", "9f1c2e4a-7b3d-4c5e-8a6f-0d1e2f3a4b5c", "a", "b");
        assertEquals(431, unknown.get("jobresultcode").asInt());
        JsonNode foreign = tag(user, "UserVm", theirs, "a", "b");
        assertEquals(2, foreign.get("jobstatus").asInt());
        assertEquals(530, foreign.get("jobresultcode").asInt());
        assertEquals("{}", client.call(standIn.otherUser(), "listTags").body().toString());
    }

    @Test
    void deletesOneTagAllTagsOrFailsForAnAbsentKey() {
        String group = client.call(user, "createSecurityGroup", "name", "g").body().get("securitygroup").get("id")
                .asText();
        tag(user, "SecurityGroup", group, "a", "1", "b", "2", "c", "3");
        String one = client.call(user, "deleteTags", "resourcetype", "SecurityGroup", "resourceids", group,
                "tags[0].key", "a").body().get("jobid").asText();
        assertEquals(1, cloud.job(user, one).get("jobstatus").asInt());
        assertEquals(2, client.call(user, "listTags").body().get("count").asInt());
        String absent = client.call(user, "deleteTags", "resourcetype", "SecurityGroup", "resourceids", group,
                "tags[0].key", "zzz").body().get("jobid").asText();
        assertEquals(530, cloud.job(user, absent).get("jobresultcode").asInt());
        client.call(user, "deleteTags", "resourcetype", "SecurityGroup", "resourceids", group);
        assertEquals("{}", client.call(user, "listTags").body().toString());
    }
}
