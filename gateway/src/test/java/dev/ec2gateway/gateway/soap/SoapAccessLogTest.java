package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.http.FinishedRequest;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** SOAP requests go through the same access log, and so reach the same listeners (metrics), as Query ones. */
class SoapAccessLogTest {
    private static final String VERSION = "2010-11-15";

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @TempDir
    static Path dir;

    private static TestCertificate certificate;

    @BeforeAll
    static void makeACertificate() throws Exception {
        certificate = TestCertificate.generate(dir, "logged-user");
    }

    @Test
    void aSignedCallIsLoggedWithItsCallerActionCloudStackCommandsAndStatus() throws Exception {
        harness.register(certificate.certificate());
        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":"
                + "\"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf\",\"name\":\"Sim-Basic\",\"allocationstate\":\"Enabled\"}]}}");
        Element answer = new SoapClient(harness.endpoint(), VERSION).call("DescribeAvailabilityZones",
                SoapSigner.sign(SoapSigner.envelope(VERSION, "DescribeAvailabilityZones", ""), certificate));

        FinishedRequest logged = only(harness.finished);
        assertEquals(SoapSessionTest.text(answer, "requestId"), logged.requestId());
        assertEquals(SoapHarness.ACCESS_KEY, logged.accessKey());
        assertEquals("DescribeAvailabilityZones", logged.action());
        assertEquals(List.of("listZones"), logged.cloudStackCommands());
        assertEquals(200, logged.status());
        assertTrue(logged.succeeded());
    }

    @Test
    void aCallWhoseCertificateOwnerIsNoLongerRegisteredIsLoggedAsAnAuthenticationFailure() throws Exception {
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

    private static FinishedRequest only(List<FinishedRequest> finished) {
        assertEquals(1, finished.size(), finished.toString());
        return finished.get(0);
    }
}
