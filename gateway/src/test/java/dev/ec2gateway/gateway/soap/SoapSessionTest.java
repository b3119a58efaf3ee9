package dev.ec2gateway.gateway.soap;

import static dev.ec2gateway.gateway.soap.SoapHarness.called;
import static dev.ec2gateway.gateway.soap.SoapXml.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * A SOAP tool's session through the gateway, signed with a registered certificate, over the oldest and
 * the newest EC2 namespace: every operation of the gateway's WSDL, each answer valid against its schema.
 */
class SoapSessionTest {
    private static final String FINGERPRINT = "f3:a9:3c:31:11:fd:a5:65:92:5d:a7:4a:af:e9:cd:50";
    private static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGvYZtmQKR7yJ4ELDyRH7U2PWTD4iLd0Fo/8H3InVfVa user@host";

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @BeforeEach
    void stubTheCloud() {
        harness.stub("listZones", """
                {"listzonesresponse":{"count":1,"zone":[{"id":"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf",
                 "name":"Sim-Basic","networktype":"Basic","securitygroupsenabled":true,"allocationstate":"Enabled"}]}}""");
        harness.stub("createSSHKeyPair", """
                {"createsshkeypairresponse":{"keypair":{"privatekey":"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n\
                -----END RSA PRIVATE KEY-----\\n","id":"f4309679-d98c-4b95-baf0-884beae75640","name":"kp1",
                "fingerprint":"%s"}}}""".formatted(FINGERPRINT));
        harness.stub("listSSHKeyPairs", """
                {"listsshkeypairsresponse":{"count":1,"sshkeypair":[{"id":"f4309679-d98c-4b95-baf0-884beae75640",
                 "name":"kp1","account":"ec2user","fingerprint":"%s"}]}}""".formatted(FINGERPRINT));
        harness.stub("registerSSHKeyPair", """
                {"registersshkeypairresponse":{"keypair":{"id":"2865c861-0103-456b-8020-e25a5d8c5216","name":"kp2",
                 "fingerprint":"4b:f5"}}}""");
        harness.stub("deleteSSHKeyPair", "{\"deletesshkeypairresponse\":{\"success\":true}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void aSignedSessionRunsEveryOperationOfTheWsdlAndTheAnswersFollowTheRequestsNamespace(String version)
            throws Exception {
        SignedSession soap = harness.session(version);

        Element zones = soap.call("DescribeAvailabilityZones",
                "<availabilityZoneSet><item><zoneName>Sim-Basic</zoneName></item></availabilityZoneSet>");
        assertEquals("Sim-Basic", text(zones, "zoneName"));
        assertEquals("available", text(zones, "zoneState"));

        Element regions = soap.call("DescribeRegions", "<regionSet/>");
        assertEquals("test-region", text(regions, "regionName"));

        Element created = soap.call("CreateKeyPair", "<keyName>kp1</keyName>");
        assertEquals(FINGERPRINT, text(created, "keyFingerprint"));
        assertTrue(text(created, "keyMaterial").startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        harness.cloudStack.verify(1, called("createSSHKeyPair").withQueryParam("name", WireMock.equalTo("kp1")));

        Element described = soap.call("DescribeKeyPairs",
                "<keySet><item><keyName>kp1</keyName></item></keySet><filterSet><item><name>fingerprint</name>"
                        + "<valueSet><item><value>" + FINGERPRINT + "</value></item></valueSet></item></filterSet>");
        assertEquals("kp1", text(described, "keyName"));
        harness.cloudStack.verify(called("listSSHKeyPairs").withQueryParam("name", WireMock.equalTo("kp1")));

        Element imported = soap.call("ImportKeyPair", "<keyName>kp2</keyName><publicKeyMaterial>"
                + Base64.getEncoder().encodeToString(PUBLIC_KEY.getBytes()) + "</publicKeyMaterial>");
        assertEquals("kp2", text(imported, "keyName"));
        harness.cloudStack.verify(1, called("registerSSHKeyPair").withQueryParam("publickey",
                WireMock.equalTo(PUBLIC_KEY)));

        Element deleted = soap.call("DeleteKeyPair", "<keyName>kp1</keyName>");
        assertEquals("true", text(deleted, "return"));
        harness.cloudStack.verify(1, called("deleteSSHKeyPair").withQueryParam("name", WireMock.equalTo("kp1")));
    }

}
