package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.gateway.http.FinishedRequest;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SOAP requests go through the same access log, and so reach the same listeners (metrics), as Query ones:
 * one line per message, whether the endpoint answered it or it was refused before (WS-Security, size).
 */
class SoapAccessLogTest {
    private static final String VERSION = "2010-11-15";

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @Test
    void aSignedCallIsLoggedWithItsCallerActionCloudStackCommandsAndStatus() throws Exception {
        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":"
                + "\"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf\",\"name\":\"Sim-Basic\",\"allocationstate\":\"Enabled\"}]}}");
        Element answer = harness.session(VERSION).send("DescribeAvailabilityZones", "");

        FinishedRequest logged = only(harness.finished);
        assertEquals(SoapXml.text(answer, "requestId"), logged.requestId());
        assertEquals(SoapHarness.ACCESS_KEY, logged.accessKey());
        assertEquals("DescribeAvailabilityZones", logged.action());
        assertEquals(List.of("listZones"), logged.cloudStackCommands());
        assertEquals(200, logged.status());
        assertTrue(logged.succeeded());
    }

    @Test
    void aCallWhoseCertificateOwnerIsNoLongerRegisteredIsLoggedAsAnAuthenticationFailure() throws Exception {
        TestCertificate certificate = TestCertificate.shared();
        harness.certificateOwners.put(dev.ec2gateway.gateway.store.Certificates.fingerprint(certificate.certificate()),
                "AKIDREMOVEDUSER");
        SoapClient client = new SoapClient(harness.endpoint(), VERSION);
        assertThrows(SOAPFaultException.class, () -> client.call("DescribeAvailabilityZones",
                SoapSigner.sign(SoapSigner.envelope(VERSION, "DescribeAvailabilityZones", ""), certificate)));

        FinishedRequest logged = only(harness.finished);
        assertEquals("DescribeAvailabilityZones", logged.action());
        assertEquals("AKIDREMOVEDUSER", logged.accessKey());
        assertEquals(500, logged.status());
        assertEquals("AuthFailure", logged.errorCode());
        assertTrue(logged.authenticationFailed());
        assertFalse(logged.succeeded());
    }

    @Test
    void anEc2ErrorTheEndpointAnsweredIsLoggedOnceWithItsCode() throws Exception {
        SignedSession soap = harness.session(VERSION);
        SOAPFaultException fault = assertThrows(SOAPFaultException.class, () -> soap.send("CreateKeyPair", ""));
        assertEquals("MissingParameter", fault.getFault().getFaultCodeAsQName().getLocalPart());

        FinishedRequest logged = only(harness.finished);
        assertEquals(List.of(SoapHarness.ACCESS_KEY, "CreateKeyPair", "500", "MissingParameter"),
                List.of(logged.accessKey(), logged.action(), String.valueOf(logged.status()), logged.errorCode()));
        assertFalse(logged.authenticationFailed());
    }

    @Test
    void anUnsignedMessageIsLoggedOnceAsAnAuthenticationFailure() throws Exception {
        harness.registeredCertificate();
        assertRefusedAndLoggedOnce(SoapSigner.envelope(VERSION, "DescribeAvailabilityZones", ""));
    }

    @Test
    void aMessageTamperedWithAfterSigningIsLoggedOnceAsAnAuthenticationFailure() throws Exception {
        Document signed = SoapSigner.sign(SoapSigner.envelope(VERSION, "DescribeAvailabilityZones",
                "<availabilityZoneSet><item><zoneName>Sim-Basic</zoneName></item></availabilityZoneSet>"),
                harness.registeredCertificate());
        signed.getElementsByTagNameNS("*", "zoneName").item(0).setTextContent("Sim-Advanced");
        assertRefusedAndLoggedOnce(signed);
    }

    @Test
    void anExpiredMessageIsLoggedOnceAsAnAuthenticationFailure() throws Exception {
        assertRefusedAndLoggedOnce(SoapSigner.sign(SoapSigner.envelope(VERSION, "DescribeAvailabilityZones", ""),
                harness.registeredCertificate(), Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    @Test
    void aMessageSignedWithAnUnregisteredCertificateIsLoggedOnceAsAnAuthenticationFailure() throws Exception {
        assertRefusedAndLoggedOnce(SoapSigner.sign(SoapSigner.envelope(VERSION, "DescribeAvailabilityZones", ""),
                TestCertificate.shared()));
    }

    @Test
    void anOversizedMessageRefusedBeforeCxfIsLoggedOnce() throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"" + SoapSigner.SOAP_NS + "\"><soapenv:Body>"
                + "<DescribeKeyPairs xmlns=\"http://ec2.amazonaws.com/doc/" + VERSION + "/\">"
                + "x".repeat(SoapHarness.MAX_REQUEST_BYTES) + "</DescribeKeyPairs></soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(harness.endpoint())
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"DescribeKeyPairs\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());

        FinishedRequest logged = only(harness.finished);
        assertEquals(List.of("DescribeKeyPairs", "413", "RequestEntityTooLarge"),
                List.of(logged.action(), String.valueOf(logged.status()), logged.errorCode()));
    }

    private void assertRefusedAndLoggedOnce(Document envelope) throws Exception {
        SoapClient client = client();
        SOAPFaultException fault = assertThrows(SOAPFaultException.class,
                () -> client.call("DescribeAvailabilityZones", envelope));
        assertEquals("AuthFailure", fault.getFault().getFaultCodeAsQName().getLocalPart());

        FinishedRequest logged = only(harness.finished);
        assertEquals("DescribeAvailabilityZones", logged.action());
        assertNull(logged.accessKey(), "a refused message names no caller");
        assertEquals(List.of(), logged.cloudStackCommands());
        assertEquals(500, logged.status());
        assertEquals("AuthFailure", logged.errorCode());
        assertTrue(logged.authenticationFailed());
        harness.cloudStack.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    private SoapClient client() throws Exception {
        return new SoapClient(harness.endpoint(), VERSION);
    }

    private static FinishedRequest only(List<FinishedRequest> finished) {
        assertEquals(1, finished.size(), finished.toString());
        return finished.get(0);
    }
}
