package dev.ec2gateway.gateway.translators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserKeysTranslatorTest {
    private static final String NEW_KEY = "new-user-api-key";
    private static final String NEW_SECRET = "new-user-secret";
    private static final Map<String, String> KEYS = Map.of("accesskey", NEW_KEY, "secretkey", NEW_SECRET);

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @Test
    void keysThatCloudStackAcceptsAreRegistered() throws Exception {
        harness.stub("listCapabilities", "{\"listcapabilitiesresponse\":{\"capability\":{\"cloudstackversion\":\"4.20.2.0\"}}}");
        Ec2Answer answer = harness.send(TestSigner.signedPost("SetUserKeys", KEYS, NEW_KEY, NEW_SECRET));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/SetUserKeysResponse/return"));
        assertEquals(1, harness.registered.size());
        assertEquals(NEW_KEY, harness.registered.get(0)[0]);
        harness.cloudStack.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo("listCapabilities"))
                .withQueryParam("apiKey", WireMock.equalTo(NEW_KEY)));
    }

    @Test
    void keysThatCloudStackRefusesAreNotRegistered() throws Exception {
        harness.stub("listCapabilities", 401, "{\"listcapabilitiesresponse\":{\"uuidList\":[],\"errorcode\":401,"
                + "\"errortext\":\"unable to verify user credentials and/or request signature\"}}");
        Ec2Answer answer = harness.send(TestSigner.signedPost("SetUserKeys", KEYS, NEW_KEY, NEW_SECRET));
        assertEquals(401, answer.status());
        assertEquals("AuthFailure", answer.errorCode());
        assertEquals(0, harness.registered.size());
    }

    @Test
    void aRequestNotSignedWithTheKeysItCarriesIsRefusedBeforeCloudStackIsAsked() throws Exception {
        Ec2Answer answer = harness.send(TestSigner.signedPost("SetUserKeys", KEYS, NEW_KEY, "another-secret"));
        assertEquals("SignatureDoesNotMatch", answer.errorCode());
        assertEquals(0, harness.cloudStack.getAllServeEvents().size());
        assertEquals(0, harness.registered.size());
    }

    @Test
    void withoutTheKeysItIsMissingParameter() throws Exception {
        Ec2Answer answer = harness.send(TestSigner.signedPost("SetUserKeys", Map.of("accesskey", NEW_KEY),
                NEW_KEY, NEW_SECRET));
        assertEquals("MissingParameter", answer.errorCode());
    }
}
