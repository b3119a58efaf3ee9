package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeyPairTranslatorTest {
    private static final String CS_KEYPAIR_1 = "f4309679-d98c-4b95-baf0-884beae75640";
    private static final String FINGERPRINT_1 = "f3:a9:3c:31:11:fd:a5:65:92:5d:a7:4a:af:e9:cd:50";
    private static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGvYZtmQKR7yJ4ELDyRH7U2PWTD4iLd0Fo/8H3InVfVa user@host";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private static String keyPairJson(String id, String name, String fingerprint) {
        return """
                {"id":"%s","name":"%s","account":"ec2user","domainid":"12a08eb8-e7c0-11f1-ba74-02fc00000001",
                 "domain":"ROOT","fingerprint":"%s","hasannotations":false}""".formatted(id, name, fingerprint);
    }

    private void stubList(String... items) {
        String body = items.length == 0 ? "{\"listsshkeypairsresponse\":{}}"
                : "{\"listsshkeypairsresponse\":{\"count\":" + items.length + ",\"sshkeypair\":["
                + String.join(",", items) + "]}}";
        harness.stub("listSSHKeyPairs", body);
    }

    @Test
    void createKeyPairReturnsCloudStacksPrivateKeyAndFingerprint() throws Exception {
        harness.stub("createSSHKeyPair", "{\"createsshkeypairresponse\":{\"keypair\":{\"privatekey\":"
                + "\"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----\\n\","
                + keyPairJson(CS_KEYPAIR_1, "kp1", FINGERPRINT_1).substring(1) + "}}");
        Ec2Answer answer = harness.execute("CreateKeyPair", Map.of("KeyName", "kp1"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("kp1", answer.text("/CreateKeyPairResponse/keyName"));
        assertEquals(FINGERPRINT_1, answer.text("/CreateKeyPairResponse/keyFingerprint"));
        assertEquals("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n",
                answer.text("/CreateKeyPairResponse/keyMaterial"));
        assertEquals(true, answer.text("/CreateKeyPairResponse/keyPairId").matches("key-[0-9a-f]{17}"));
        harness.cloudStack.verify(1, called("createSSHKeyPair").withQueryParam("name", WireMock.equalTo("kp1")));
    }

    @Test
    void createKeyPairWithATakenNameIsInvalidKeyPairDuplicate() throws Exception {
        harness.stub("createSSHKeyPair", 431, "{\"createsshkeypairresponse\":{\"uuidList\":[],\"errorcode\":431,"
                + "\"cserrorcode\":4350,\"errortext\":\"A key pair with name 'kp1' already exists.\"}}");
        stubList(keyPairJson(CS_KEYPAIR_1, "kp1", FINGERPRINT_1));
        Ec2Answer answer = harness.execute("CreateKeyPair", Map.of("KeyName", "kp1"));
        assertEquals(400, answer.status());
        assertEquals("InvalidKeyPair.Duplicate", answer.errorCode());
        harness.cloudStack.verify(1, called("listSSHKeyPairs").withQueryParam("name", WireMock.equalTo("kp1")));
    }

    @Test
    void importKeyPairRegistersTheDecodedOpenSshLine() throws Exception {
        harness.stub("registerSSHKeyPair", "{\"registersshkeypairresponse\":{\"keypair\":"
                + keyPairJson(CS_KEYPAIR_1, "kp2", FINGERPRINT_1) + "}}");
        Ec2Answer answer = harness.execute("ImportKeyPair", Map.of("KeyName", "kp2",
                "PublicKeyMaterial", Base64.getEncoder().encodeToString(PUBLIC_KEY.getBytes())));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("kp2", answer.text("/ImportKeyPairResponse/keyName"));
        harness.cloudStack.verify(1, called("registerSSHKeyPair").withQueryParam("name", WireMock.equalTo("kp2"))
                .withQueryParam("publickey", WireMock.equalTo(PUBLIC_KEY)));
    }

    @Test
    void importKeyPairRefusesWhatIsNotAnOpenSshPublicKey() throws Exception {
        for (String material : List.of("not a key", "ssh-rsa !!!notbase64", "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIGvY")) {
            Ec2Answer answer = harness.execute("ImportKeyPair", Map.of("KeyName", "kp3",
                    "PublicKeyMaterial", Base64.getEncoder().encodeToString(material.getBytes())));
            assertEquals("InvalidKey.Format", answer.errorCode(), material);
        }
        harness.cloudStack.verify(0, called("registerSSHKeyPair"));
    }

    @Test
    void describeKeyPairsListsEveryKeyPairAndPushesASingleNameDown() throws Exception {
        stubList(keyPairJson(CS_KEYPAIR_1, "kp1", FINGERPRINT_1),
                keyPairJson("2865c861-0103-456b-8020-e25a5d8c5216", "kp2", "4b:f5"));
        Ec2Answer all = harness.execute("DescribeKeyPairs", Map.of());
        assertEquals(List.of("kp1", "kp2"), all.texts("/DescribeKeyPairsResponse/keySet/item/keyName"));
        Ec2Answer one = harness.execute("DescribeKeyPairs", Map.of("KeyName.1", "kp2"));
        assertEquals(List.of("kp2"), one.texts("/DescribeKeyPairsResponse/keySet/item/keyName"));
        harness.cloudStack.verify(1, called("listSSHKeyPairs").withQueryParam("name", WireMock.equalTo("kp2")));
    }

    @Test
    void describeKeyPairsFiltersByNameWithWildcardsAndByFingerprint() throws Exception {
        stubList(keyPairJson(CS_KEYPAIR_1, "web-1", FINGERPRINT_1),
                keyPairJson("2865c861-0103-456b-8020-e25a5d8c5216", "db-1", "4b:f5"));
        Ec2Answer byName = harness.execute("DescribeKeyPairs", Map.of("Filter.1.Name", "key-name",
                "Filter.1.Value.1", "web-*"));
        assertEquals(List.of("web-1"), byName.texts("/DescribeKeyPairsResponse/keySet/item/keyName"));
        Ec2Answer byPrint = harness.execute("DescribeKeyPairs", Map.of("Filter.1.Name", "fingerprint",
                "Filter.1.Value.1", "4b:f5"));
        assertEquals(List.of("db-1"), byPrint.texts("/DescribeKeyPairsResponse/keySet/item/keyName"));
        Ec2Answer unknown = harness.execute("DescribeKeyPairs", Map.of("Filter.1.Name", "colour",
                "Filter.1.Value.1", "red"));
        assertEquals("InvalidParameterValue", unknown.errorCode());
    }

    @Test
    void describingAKeyPairThatDoesNotExistIsInvalidKeyPairNotFound() throws Exception {
        stubList();
        Ec2Answer answer = harness.execute("DescribeKeyPairs", Map.of("KeyName.1", "nope"));
        assertEquals(400, answer.status());
        assertEquals("InvalidKeyPair.NotFound", answer.errorCode());
        assertEquals("The key pair 'nope' does not exist", answer.text("/Response/Errors/Error/Message"));
    }

    @Test
    void deleteKeyPairDeletesAnExistingKeyPairAndSucceedsForAMissingOne() throws Exception {
        stubList(keyPairJson(CS_KEYPAIR_1, "kp1", FINGERPRINT_1));
        harness.stub("deleteSSHKeyPair", "{\"deletesshkeypairresponse\":{\"success\":true}}");
        Ec2Answer deleted = harness.execute("DeleteKeyPair", Map.of("KeyName", "kp1"));
        assertEquals("true", deleted.text("/DeleteKeyPairResponse/return"));
        harness.cloudStack.verify(1, called("deleteSSHKeyPair").withQueryParam("name", WireMock.equalTo("kp1")));

        harness.cloudStack.resetAll();
        stubList();
        Ec2Answer missing = harness.execute("DeleteKeyPair", Map.of("KeyName", "kp9"));
        assertEquals(200, missing.status(), missing.body());
        harness.cloudStack.verify(0, called("deleteSSHKeyPair"));
    }

    @Test
    void cloudStackRefusingTheCallersKeysIsAuthFailure() throws Exception {
        harness.stub("listSSHKeyPairs", 401, "{\"listsshkeypairsresponse\":{\"uuidList\":[],\"errorcode\":401,"
                + "\"errortext\":\"unable to verify user credentials and/or request signature\"}}");
        Ec2Answer answer = harness.execute("DescribeKeyPairs", Map.of());
        assertEquals(401, answer.status());
        assertEquals("AuthFailure", answer.errorCode());
    }
}
