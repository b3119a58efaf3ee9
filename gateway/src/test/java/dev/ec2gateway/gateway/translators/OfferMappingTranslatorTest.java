package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OfferMappingTranslatorTest {
    private static final String OFFERINGS = """
            {"listserviceofferingsresponse":{"count":1,"serviceoffering":[
             {"id":"6a5e8a86-7c3e-4ab8-a0b6-5a3a2ee4c8d1","name":"Small Instance","cpunumber":1,"memory":512}]}}""";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private void callerIs(int accountType) {
        harness.stub("getUser", """
                {"getuserresponse":{"user":{"id":"0f3c","username":"u","account":"a","accounttype":%d,
                 "roletype":"%s","apikey":"%s"}}}""".formatted(accountType, accountType == 1 ? "Admin" : "User",
                Ec2Harness.CS_API_KEY));
    }

    @Test
    void aRootAdminMapsAnInstanceTypeToAnOfferingByName() throws Exception {
        callerIs(1);
        harness.stub("listServiceOfferings", OFFERINGS);
        Ec2Answer answer = harness.execute("SetOfferMapping", Map.of("amazonoffer", "m1.small",
                "cloudoffer", "Small Instance"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/SetOfferMappingResponse/return"));
        assertEquals(Map.of("m1.small", "Small Instance"), Map.copyOf(harness.typeMappings));
        harness.cloudStack.verify(1, called("getUser").withQueryParam("userapikey",
                WireMock.equalTo(Ec2Harness.CS_API_KEY)));
    }

    @Test
    void anOfferingThatDoesNotExistIsInvalidParameterValue() throws Exception {
        callerIs(1);
        harness.stub("listServiceOfferings", OFFERINGS);
        Ec2Answer answer = harness.execute("SetOfferMapping", Map.of("amazonoffer", "m1.small",
                "cloudoffer", "Huge Instance"));
        assertEquals("InvalidParameterValue", answer.errorCode());
        assertEquals(Map.of(), Map.copyOf(harness.typeMappings));
    }

    @Test
    void aRegularUserMayNotChangeMappings() throws Exception {
        harness.stub("getUser", 432, """
                {"errorresponse":{"uuidList":[],"errorcode":432,"cserrorcode":9999,
                 "errortext":"The given command does not exist or it is not available for the user"}}""");
        Ec2Answer answer = harness.execute("SetOfferMapping", Map.of("amazonoffer", "m1.small",
                "cloudoffer", "Small Instance"));
        assertEquals(403, answer.status());
        assertEquals("UnauthorizedOperation", answer.errorCode());
        callerIs(2);
        assertEquals("UnauthorizedOperation", harness.execute("DeleteOfferMapping",
                Map.of("amazonoffer", "m1.small")).errorCode());
        harness.cloudStack.verify(0, called("listServiceOfferings"));
    }

    @Test
    void deletingAMappingForgetsItAndAnUnmappedTypeIsInvalidParameterValue() throws Exception {
        callerIs(1);
        harness.typeMappings.put("m1.small", "Small Instance");
        assertEquals("true", harness.execute("DeleteOfferMapping", Map.of("amazonoffer", "m1.small"))
                .text("/DeleteOfferMappingResponse/return"));
        assertEquals(Map.of(), Map.copyOf(harness.typeMappings));
        assertEquals("InvalidParameterValue", harness.execute("DeleteOfferMapping",
                Map.of("amazonoffer", "m1.small")).errorCode());
    }

    @Test
    void withoutTheInstanceTypeItIsMissingParameter() throws Exception {
        Ec2Answer answer = harness.execute("SetOfferMapping", Map.of("cloudoffer", "Small Instance"));
        assertEquals("MissingParameter", answer.errorCode());
    }
}
