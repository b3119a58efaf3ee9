package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyPairsApiTest {

    static final List<String> KEY_PAIR_KEYS = List.of("id", "name", "account", "domainid", "domain", "fingerprint",
            "hasannotations");
    private static final String RSA_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDFr3Vp6Q0eS0jrzYAU4mK7cHKdr6Q"
            + "x1yFqu4Ht4K1Gd8y6ZgE1GOIA+7xtXW3+HwVcY9aNW0b3b8JPr6Nx1cY2r6p0bK5VdP1mV2Gm7uYqk0v8i7J3ZyS2fV9bq3n"
            + "Hq1V4cOqE0r1Sgk8VYwE5lUd3mR8NfF0kYz2sQk6Qy2bK0fWm7w== test@example";

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
    void createsARealRsaKeyWhosePublicHalfMatchesTheFingerprint() throws Exception {
        JsonNode pair = client.call(standIn.user(), "createSSHKeyPair", "name", "kp").body().get("keypair");
        assertEquals("privatekey", Shapes.keys(pair).get(0));
        assertEquals(KEY_PAIR_KEYS, Shapes.keys(pair).subList(1, 8));
        RSAPrivateCrtKey key = TestKeys.parsePkcs1(pair.get("privatekey").asText());
        assertEquals(2048, key.getModulus().bitLength());
        assertEquals(TestKeys.fingerprint(key), pair.get("fingerprint").asText());
    }

    @Test
    void refusesASecondKeyPairWithTheSameName() {
        client.call(standIn.user(), "createSSHKeyPair", "name", "kp");
        ApiClient.Reply again = client.call(standIn.user(), "createSSHKeyPair", "name", "kp");
        assertEquals(431, again.status());
        assertEquals(4350, again.body().get("cserrorcode").asInt());
        assertEquals("A key pair with name 'kp' already exists.", again.body().get("errortext").asText());
        ApiClient.Reply registered = client.call(standIn.user(), "registerSSHKeyPair", "name", "kp",
                "publickey", RSA_KEY);
        assertEquals("A key pair with name 'kp' already exists for this account.",
                registered.body().get("errortext").asText());
    }

    @Test
    void refusesTheSamePublicKeyUnderANewName() {
        client.call(standIn.user(), "registerSSHKeyPair", "name", "a", "publickey", RSA_KEY);
        ApiClient.Reply again = client.call(standIn.user(), "registerSSHKeyPair", "name", "b", "publickey", RSA_KEY);
        assertEquals(431, again.status());
        assertEquals("A key pair with key '" + RSA_KEY + "' already exists for this account.",
                again.body().get("errortext").asText());
    }

    @Test
    void acceptsAGarbagePublicKeyAsCloudStackDoes() {
        JsonNode pair = client.call(standIn.user(), "registerSSHKeyPair", "name", "bad", "publickey",
                "ssh-rsa notbase64 x").body().get("keypair");
        assertEquals(KEY_PAIR_KEYS, Shapes.keys(pair));
        assertEquals("81:60:fb:a9:b5:9b:57:c3:c9:35:e0:2f:b6:74:59:9d", pair.get("fingerprint").asText());
    }

    @Test
    void listsOnlyTheCallersKeyPairsNewestFirst() {
        client.call(standIn.user(), "createSSHKeyPair", "name", "first");
        client.call(standIn.user(), "registerSSHKeyPair", "name", "second", "publickey", RSA_KEY);
        client.call(standIn.otherUser(), "createSSHKeyPair", "name", "theirs");
        JsonNode list = client.call(standIn.user(), "listSSHKeyPairs").body();
        assertEquals(2, list.get("count").asInt());
        assertEquals("second", list.get("sshkeypair").get(0).get("name").asText());
        assertEquals(KEY_PAIR_KEYS, Shapes.keys(list.get("sshkeypair").get(0)));
        assertEquals(1, client.call(standIn.user(), "listSSHKeyPairs", "name", "first").body().get("count").asInt());
        assertEquals("{}", client.call(standIn.user(), "listSSHKeyPairs", "name", "theirs").body().toString());
    }

    @Test
    void deletesByNameAndExplainsWhenTheNameIsUnknown() {
        client.call(standIn.user(), "createSSHKeyPair", "name", "kp");
        assertEquals("{\"success\":true}",
                client.call(standIn.user(), "deleteSSHKeyPair", "name", "kp").body().toString());
        ApiClient.Reply missing = client.call(standIn.user(), "deleteSSHKeyPair", "name", "kp");
        assertEquals(431, missing.status());
        assertEquals("A key pair with name 'kp' does not exist for account ec2user in specified domain id",
                missing.body().get("errortext").asText());
        JsonNode uuid = missing.body().get("uuidList").get(0);
        assertEquals(List.of("serialVersionUID", "uuid", "description"), Shapes.keys(uuid));
        assertTrue(uuid.get("serialVersionUID").isLong());
        assertEquals("{}", client.call(standIn.user(), "listSSHKeyPairs").body().toString());
    }
}
