package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class KeyPairTranslatorTest {
    private static final String CS_KEYPAIR_1 = "f4309679-d98c-4b95-baf0-884beae75640";
    private static final String FINGERPRINT_1 = "f3:a9:3c:31:11:fd:a5:65:92:5d:a7:4a:af:e9:cd:50";
    private static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHEFAgFIWJtKQRApcI2+lrd9a448VU6ZLIlP1/cOAf39 user@host";
    /** {@code ssh-keygen -l -f} of PUBLIC_KEY, with the base64 padding EC2 keeps. */
    private static final String ED25519_SHA256 = "jycyv0xy4/01pwnuazOftaOOHlACI5gI39Z/gzJXApI=";
    /** A throwaway 1024-bit test key; its fingerprints below were computed with openssl and ssh-keygen. */
    private static final String RSA_PRIVATE_KEY = """
            -----BEGIN RSA PRIVATE KEY-----
            MIICXQIBAAKBgQCynkhaNd+fuVysdMPa7s1EoHXnTtNxGbagUShtIVJQAX0ZDLQZ
            Zn/j2t50F807N9nCvKPUbGV4Gt1whnum4lLVGlD9WRH6ZMppQZWY8b1JY4WVeM4k
            R4Gif7W+812ei0Q5ZRaUgyMMjhRPWUPp22QjrgR8NOUfv0zR3dVIw7+trwIDAQAB
            AoGAC/N9QdPy93vukHdrl119DIdz/BsRGLMwvf9QJiUhncrLtP5dmol6KyO82KWz
            DLBK+LWofJEYJPYfNOU6psrj4dOv6qId9GWTG/1P1Jjq+u3wyPSG80+7Jse7/tt7
            zq3zPyJwNqCgQvNTtNjK01CPR9yZCs0nxDdN7XdTT5eA/dkCQQDgWYChxQYNaojF
            m81ae3hJt//rQQnNGB3voutM3d/tEuZInspEoEMVKjtg/AIyii07LzpghFx4uETK
            LawlJTTdAkEAy9ErrnNlvo/zJD1n1SpbSvn1sB4/ZLnR7I/YDzIHuZPd16zLxX5u
            46eSc7eUy2++SxTPgiUEe6PcOfcwkUIt+wJBALsyc16II5C2QAGDC0pgk/IPEf+e
            eSsk4HXAH044JEyQ5I3b0TKJ9u+GGZ3HKZ46JZuowLEgQHiKaPu6OFWWQhECQCVC
            pxasWARfcpbEdw/8P1ZUnfrFfNdgNSVnIpucjNb7VkoQd+wx8fnCb76h6BzM39//
            /POQ6uHjkeYy73kOvTMCQQDLH3rMjMBdzgCYvDMT9uWhzsvCrlscjv0WmoM5lKBj
            Mubf5fJ1iFDij/qGUF2UC2PZVo3pZgoSyYS83oI+K2ez
            -----END RSA PRIVATE KEY-----
            """;
    private static final String RSA_PUBLIC_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCynkhaNd+fuVysdMPa7s1EoHXnTtNxGba"
            + "gUShtIVJQAX0ZDLQZZn/j2t50F807N9nCvKPUbGV4Gt1whnum4lLVGlD9WRH6ZMppQZWY8b1JY4WVeM4kR4Gif7W+812ei0Q5ZRaUgy"
            + "MMjhRPWUPp22QjrgR8NOUfv0zR3dVIw7+trw==";
    /** {@code openssl pkcs8 -topk8 -nocrypt -outform DER | openssl sha1 -c}: EC2's fingerprint of a created key. */
    private static final String RSA_CREATED_SHA1 = "2e:68:d3:4f:5e:c6:0e:e8:1c:93:d4:12:35:b4:19:a9:cc:4f:10:13";
    /** {@code ssh-keygen -e -m PKCS8 | openssl pkey -pubin -outform DER | openssl md5 -c}: EC2's for an import. */
    private static final String RSA_IMPORTED_MD5 = "73:b1:aa:41:b9:00:f2:47:65:1e:a4:56:f5:7c:a1:2e";
    /** {@code ssh-keygen -l -E md5}: what CloudStack lists for the same key. */
    private static final String RSA_CLOUDSTACK_MD5 = "16:ad:4f:82:2b:fe:22:b1:44:9f:9b:c8:79:52:41:6f";

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
    void createKeyPairAnswersTheSha1OfThePkcs8PrivateKeyAndDescribeKeyPairsShowsItAgain() throws Exception {
        harness.stub("createSSHKeyPair", "{\"createsshkeypairresponse\":{\"keypair\":{\"privatekey\":\""
                + RSA_PRIVATE_KEY.replace("\n", "\\n") + "\","
                + keyPairJson(CS_KEYPAIR_1, "kp1", RSA_CLOUDSTACK_MD5).substring(1) + "}}");
        Ec2Answer answer = harness.execute("CreateKeyPair", Map.of("KeyName", "kp1"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("kp1", answer.text("/CreateKeyPairResponse/keyName"));
        assertEquals(RSA_CREATED_SHA1, answer.text("/CreateKeyPairResponse/keyFingerprint"));
        assertEquals(RSA_PRIVATE_KEY, answer.text("/CreateKeyPairResponse/keyMaterial"));
        assertEquals(true, answer.text("/CreateKeyPairResponse/keyPairId").matches("key-[0-9a-f]{17}"));
        harness.cloudStack.verify(1, called("createSSHKeyPair").withQueryParam("name", WireMock.equalTo("kp1")));

        stubList(keyPairJson(CS_KEYPAIR_1, "kp1", RSA_CLOUDSTACK_MD5));
        Ec2Answer described = harness.execute("DescribeKeyPairs", Map.of("KeyName.1", "kp1"));
        assertEquals(List.of(RSA_CREATED_SHA1), described.texts("/DescribeKeyPairsResponse/keySet/item/keyFingerprint"));
        assertEquals(List.of("rsa"), described.texts("/DescribeKeyPairsResponse/keySet/item/keyType"));
        Ec2Answer filtered = harness.execute("DescribeKeyPairs", Map.of("Filter.1.Name", "fingerprint",
                "Filter.1.Value.1", RSA_CREATED_SHA1));
        assertEquals(List.of("kp1"), filtered.texts("/DescribeKeyPairsResponse/keySet/item/keyName"));
    }

    @Test
    void aPrivateKeyThatDoesNotParseLeavesCloudStacksFingerprint() throws Exception {
        harness.stub("createSSHKeyPair", "{\"createsshkeypairresponse\":{\"keypair\":{\"privatekey\":"
                + "\"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----\\n\","
                + keyPairJson(CS_KEYPAIR_1, "kp1", FINGERPRINT_1).substring(1) + "}}");
        Ec2Answer answer = harness.execute("CreateKeyPair", Map.of("KeyName", "kp1"));
        assertEquals(FINGERPRINT_1, answer.text("/CreateKeyPairResponse/keyFingerprint"));
    }

    @Test
    void createKeyPairOfTypeEd25519SaysCloudStackGeneratesRsaOnly() throws Exception {
        Ec2Answer answer = harness.execute("CreateKeyPair", Map.of("KeyName", "kp1", "KeyType", "ed25519"));
        assertEquals("InvalidParameterValue", answer.errorCode());
        assertTrue(answer.text("/Response/Errors/Error/Message").contains("CloudStack generates rsa"));
        harness.cloudStack.verify(0, called("createSSHKeyPair"));
    }

    @Test
    void aKeyNameLongerThan255CharactersIsInvalidParameterValue() throws Exception {
        String longName = "k".repeat(256);
        assertEquals("InvalidParameterValue",
                harness.execute("CreateKeyPair", Map.of("KeyName", longName)).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("ImportKeyPair", Map.of("KeyName", longName,
                "PublicKeyMaterial", Base64.getEncoder().encodeToString(PUBLIC_KEY.getBytes()))).errorCode());
        harness.cloudStack.verify(0, called("createSSHKeyPair"));
        harness.cloudStack.verify(0, called("registerSSHKeyPair"));
    }

    @Test
    void createKeyPairWithATakenNameIsInvalidKeyPairDuplicate() throws Exception {
        harness.stub("createSSHKeyPair", 431, "{\"createsshkeypairresponse\":{\"uuidList\":[],\"errorcode\":431,"
                + "\"cserrorcode\":4350,\"errortext\":\"A key pair with name 'kp1' already exists.\"}}");
        stubList(keyPairJson(CS_KEYPAIR_1, "kp1", FINGERPRINT_1));
        Ec2Answer answer = harness.execute("CreateKeyPair", Map.of("KeyName", "kp1"));
        assertEquals(400, answer.status());
        assertEquals("InvalidKeyPair.Duplicate", answer.errorCode());
        assertEquals("The keypair 'kp1' already exists.", answer.text("/Response/Errors/Error/Message"));
        harness.cloudStack.verify(1, called("listSSHKeyPairs").withQueryParam("name", WireMock.equalTo("kp1")));
    }

    @Test
    void importKeyPairWithATakenNameIsInvalidKeyPairDuplicate() throws Exception {
        harness.stub("registerSSHKeyPair", 431, "{\"registersshkeypairresponse\":{\"uuidList\":[],\"errorcode\":431,"
                + "\"cserrorcode\":4350,\"errortext\":\"A key pair with name 'kp1' already exists for this account.\"}}");
        stubList(keyPairJson(CS_KEYPAIR_1, "kp1", FINGERPRINT_1));
        Ec2Answer answer = harness.execute("ImportKeyPair", Map.of("KeyName", "kp1",
                "PublicKeyMaterial", Base64.getEncoder().encodeToString(PUBLIC_KEY.getBytes())));
        assertEquals("InvalidKeyPair.Duplicate", answer.errorCode());
        assertEquals("The keypair 'kp1' already exists.", answer.text("/Response/Errors/Error/Message"));
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
    void anImportedEd25519KeyHasThePaddedBase64Sha256OfItsBlobAndKeyTypeEd25519() throws Exception {
        harness.stub("registerSSHKeyPair", "{\"registersshkeypairresponse\":{\"keypair\":"
                + keyPairJson(CS_KEYPAIR_1, "kp2", FINGERPRINT_1) + "}}");
        Ec2Answer answer = harness.execute("ImportKeyPair", Map.of("KeyName", "kp2",
                "PublicKeyMaterial", Base64.getEncoder().encodeToString(PUBLIC_KEY.getBytes())));
        assertEquals(ED25519_SHA256, answer.text("/ImportKeyPairResponse/keyFingerprint"));

        stubList(keyPairJson(CS_KEYPAIR_1, "kp2", FINGERPRINT_1));
        Ec2Answer described = harness.execute("DescribeKeyPairs", Map.of());
        assertEquals(List.of(ED25519_SHA256), described.texts("/DescribeKeyPairsResponse/keySet/item/keyFingerprint"));
        assertEquals(List.of("ed25519"), described.texts("/DescribeKeyPairsResponse/keySet/item/keyType"));
    }

    @Test
    void anImportedRsaKeyHasTheMd5OfItsDerPublicKeyNotCloudStacksMd5OfTheBlob() throws Exception {
        harness.stub("registerSSHKeyPair", "{\"registersshkeypairresponse\":{\"keypair\":"
                + keyPairJson(CS_KEYPAIR_1, "kp3", RSA_CLOUDSTACK_MD5) + "}}");
        Ec2Answer answer = harness.execute("ImportKeyPair", Map.of("KeyName", "kp3",
                "PublicKeyMaterial", Base64.getEncoder().encodeToString(RSA_PUBLIC_KEY.getBytes())));
        assertEquals(RSA_IMPORTED_MD5, answer.text("/ImportKeyPairResponse/keyFingerprint"));

        stubList(keyPairJson(CS_KEYPAIR_1, "kp3", RSA_CLOUDSTACK_MD5),
                keyPairJson("2865c861-0103-456b-8020-e25a5d8c5216", "made-elsewhere", "4b:f5"));
        Ec2Answer described = harness.execute("DescribeKeyPairs", Map.of());
        assertEquals(List.of(RSA_IMPORTED_MD5, "4b:f5"),
                described.texts("/DescribeKeyPairsResponse/keySet/item/keyFingerprint"));
        assertEquals(List.of("rsa", "rsa"), described.texts("/DescribeKeyPairsResponse/keySet/item/keyType"));
    }

    @Test
    void anImportedKeyHasTheFingerprintThatSshKeygenPrints(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "ssh-keygen is not installed");
        run(dir, "/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", "key");
        String line = Files.readString(dir.resolve("key.pub")).strip();
        // "256 SHA256:<unpadded base64> test (ED25519)"; EC2 keeps the base64 padding.
        String expected = run(dir, "/usr/bin/ssh-keygen", "-l", "-E", "sha256", "-f", "key.pub")
                .split(" ")[1].substring("SHA256:".length()) + "=";
        harness.stub("registerSSHKeyPair", "{\"registersshkeypairresponse\":{\"keypair\":"
                + keyPairJson(CS_KEYPAIR_1, "kp4", FINGERPRINT_1) + "}}");
        Ec2Answer answer = harness.execute("ImportKeyPair", Map.of("KeyName", "kp4",
                "PublicKeyMaterial", Base64.getEncoder().encodeToString(line.getBytes())));
        assertEquals(expected, answer.text("/ImportKeyPairResponse/keyFingerprint"));
    }

    private static String run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
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
