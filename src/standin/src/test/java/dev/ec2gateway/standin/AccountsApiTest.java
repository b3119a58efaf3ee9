package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsApiTest {

    /** Keys of a user object in CloudStack's order (getUser). */
    static final List<String> USER_KEYS = List.of("id", "username", "firstname", "lastname", "email", "created",
            "state", "account", "accounttype", "usersource", "roleid", "roletype", "rolename", "domainid", "domain",
            "apikey", "accountid", "iscallerchilddomain", "isdefault", "is2faenabled", "is2famandated");

    private CloudStackStandIn standIn;
    private ApiClient client;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        client = new ApiClient(standIn.apiUrl());
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void looksAUserUpByApiKey() {
        ApiClient.Reply reply = client.call(standIn.admin(), "getUser", "userapikey", standIn.user().apiKey());
        JsonNode user = reply.body().get("user");
        assertEquals(USER_KEYS, Shapes.keys(user));
        assertEquals(standIn.user().userId(), user.get("id").asText());
        assertEquals("ec2user", user.get("account").asText());
        assertEquals(0, user.get("accounttype").asInt());
        assertTrue(user.get("accounttype").isInt());
        assertTrue(user.get("created").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000"));
    }

    @Test
    void answers431ForAnApiKeyNobodyHas() {
        ApiClient.Reply reply = client.call(standIn.admin(), "getUser", "userapikey", "nobody");
        assertEquals(431, reply.status());
        assertEquals(4350, reply.body().get("cserrorcode").asInt());
        assertEquals("User with specified API key does not exist", reply.body().get("errortext").asText());
    }

    @Test
    void givesTheKeysOfAUser() {
        JsonNode keys = client.call(standIn.admin(), "getUserKeys", "id", standIn.user().userId())
                .body().get("userkeys");
        assertEquals(List.of("apikey", "secretkey", "apikeyaccess"), Shapes.keys(keys));
        assertEquals(standIn.user().secretKey(), keys.get("secretkey").asText());
        assertTrue(keys.get("apikeyaccess").isBoolean());
    }

    @Test
    void createsAnAccountWhoseUserHasNoKeysUntilRegistered() {
        JsonNode account = client.call(standIn.admin(), "createAccount", "accounttype", "0", "account", "tmp1",
                "username", "tmp1", "email", "tmp1@example.test", "firstname", "EC2", "lastname", "Temp",
                "password", "pw").body().get("account");
        String userId = account.get("user").get(0).get("id").asText();
        assertEquals("20", account.get("vmlimit").asText());
        assertTrue(account.get("vmlimit").isTextual());
        assertTrue(account.get("vmtotal").isInt());
        assertTrue(account.get("secondarystoragetotal").isDouble());
        assertFalse(account.get("user").get(0).has("apikey"));

        JsonNode before = client.call(standIn.admin(), "getUserKeys", "id", userId).body().get("userkeys");
        assertEquals(List.of("apikeyaccess"), Shapes.keys(before));
        JsonNode registered = client.call(standIn.admin(), "registerUserKeys", "id", userId).body()
                .get("userkeys");
        assertEquals(List.of("apikey", "secretkey"), Shapes.keys(registered));
        StandInUser fresh = new StandInUser("tmp1", userId, registered.get("apikey").asText(),
                registered.get("secretkey").asText());
        assertEquals(200, client.call(fresh, "listZones").status());
    }

    @Test
    void disablingAUserRunsAsAJobAndLocksItOut() {
        StandInUser tmp = standIn.createUser("tmp2");
        ApiClient.Reply started = client.call(standIn.admin(), "disableUser", "id", tmp.userId());
        assertEquals(List.of("jobid"), Shapes.keys(started.body()));
        JsonNode job = client.call(standIn.admin(), "queryAsyncJobResult", "jobid",
                started.body().get("jobid").asText()).body();
        assertEquals(1, job.get("jobstatus").asInt());
        assertEquals("disabled", job.get("jobresult").get("user").get("state").asText());
        assertFalse(job.has("jobinstancetype"));
        assertEquals(401, client.call(tmp, "listZones").status());

        client.call(standIn.admin(), "enableUser", "id", tmp.userId());
        assertEquals(200, client.call(tmp, "listZones").status());
    }

    @Test
    void disablingAnAccountLeavesItsUserEnabledButLocksItOut() {
        StandInUser tmp = standIn.createUser("tmp3");
        String accountId = client.call(standIn.admin(), "listAccounts", "name", "tmp3").body().get("account")
                .get(0).get("id").asText();
        String jobId = client.call(standIn.admin(), "disableAccount", "id", accountId, "lock", "false").body()
                .get("jobid").asText();
        JsonNode job = client.call(standIn.admin(), "queryAsyncJobResult", "jobid", jobId).body();
        assertEquals("Account", job.get("jobinstancetype").asText());
        assertEquals("disabled", job.get("jobresult").get("account").get("state").asText());
        JsonNode user = client.call(standIn.admin(), "getUser", "userapikey", tmp.apiKey()).body().get("user");
        assertEquals("enabled", user.get("state").asText());
        assertEquals(401, client.call(tmp, "listZones").status());
    }

    @Test
    void listsUsersWithApiKeyAccessAsAString() {
        JsonNode users = client.call(standIn.admin(), "listUsers", "account", "ec2user", "listall", "true").body();
        assertEquals(1, users.get("count").asInt());
        assertEquals("INHERIT", users.get("user").get(0).get("apikeyaccess").asText());
    }
}
