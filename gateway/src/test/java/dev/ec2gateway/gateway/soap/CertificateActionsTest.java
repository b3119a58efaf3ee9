package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.SignedQuery;
import dev.ec2gateway.gateway.store.Certificates;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SetCertificate and DeleteCertificate: Query calls signed with the caller's keys that register (or
 * remove) the caller's own SOAP certificate, after which its SOAP calls are accepted (or refused).
 */
class CertificateActionsTest {
    private static final String VERSION = "2014-02-01";

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    private static TestCertificate certificate;

    @BeforeAll
    static void takeTheSharedCertificate() throws Exception {
        certificate = TestCertificate.shared();
    }

    @Test
    void setCertificateRegistersThePemToTheCallersAccessKeyAndSoapCallsThenWork() throws Exception {
        assertEquals("AuthFailure", soapFault(), "refused before the certificate is registered");

        HttpResponse<String> set = query("SetCertificate", Map.of("cert", pem()));
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(set.body().contains("<return>true</return>"), set.body());
        assertEquals(SoapHarness.ACCESS_KEY,
                harness.certificateOwners.get(Certificates.fingerprint(certificate.certificate())));

        harness.stub("listZones", """
                {"listzonesresponse":{"count":1,"zone":[{"id":"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf",
                 "name":"Sim-Basic","networktype":"Basic","allocationstate":"Enabled"}]}}""");
        assertEquals("Sim-Basic", SoapXml.text(soap().send("DescribeAvailabilityZones", ""), "zoneName"));
    }

    @Test
    void deleteCertificateRemovesTheCallersCertificatesOnly() throws Exception {
        harness.register(certificate.certificate());
        harness.certificateOwners.put("another-users-fingerprint", "AKIDSOMEONEELSE");

        HttpResponse<String> deleted = query("DeleteCertificate", Map.of());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(deleted.body().contains("<return>true</return>"), deleted.body());
        assertEquals(Map.of("another-users-fingerprint", "AKIDSOMEONEELSE"), harness.certificateOwners);
        assertEquals("AuthFailure", soapFault());
    }

    @Test
    void aCertParameterThatIsNoCertificateIsRefused() throws Exception {
        HttpResponse<String> refused = query("SetCertificate", Map.of("cert", "not a certificate"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<Code>InvalidParameterValue</Code>"), refused.body());
        assertTrue(harness.certificateOwners.isEmpty());
    }

    @Test
    void setCertificateWithoutCertIsAMissingParameter() throws Exception {
        HttpResponse<String> refused = query("SetCertificate", Map.of());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<Code>MissingParameter</Code>"), refused.body());
    }

    @Test
    void aCertificateOfAnotherUserIsNotTakenOver() throws Exception {
        harness.certificateOwners.put(Certificates.fingerprint(certificate.certificate()), "AKIDSOMEONEELSE");
        HttpResponse<String> refused = query("SetCertificate", Map.of("cert", pem()));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<Code>InvalidParameterValue</Code>"), refused.body());
        assertEquals("AKIDSOMEONEELSE",
                harness.certificateOwners.get(Certificates.fingerprint(certificate.certificate())));
    }

    private HttpResponse<String> query(String action, Map<String, String> params) throws Exception {
        return SignedQuery.send(harness.endpoint(), action, params, SoapHarness.ACCESS_KEY, SoapHarness.SECRET_KEY);
    }

    private String soapFault() throws Exception {
        try {
            soap().send("DescribeAvailabilityZones", "");
            return "no fault";
        } catch (jakarta.xml.ws.soap.SOAPFaultException e) {
            return e.getFault().getFaultCodeAsQName().getLocalPart();
        }
    }

    /** A session signed with the certificate, registered or not: the tests register it themselves. */
    private SignedSession soap() throws Exception {
        return SignedSession.open(harness.endpoint(), VERSION, certificate);
    }

    private static String pem() throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
