package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.standin.StandInUser;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A SOAP tool's session against the real gateway in front of the stand-in: the user registered with
 * {@code users add}, the certificate with {@code certificates add}, then WS-Security signed calls over
 * the oldest and the newest EC2 namespace; an unsigned message is refused. A second certificate is
 * registered by its user with SetCertificate and removed with DeleteCertificate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoapSessionsTest {
    @TempDir
    static Path work;

    private SoapUser soap;
    private RunningGateway running;
    private SoapTool tool;
    private StandInUser user;

    @BeforeAll
    void startAndRegister() throws Exception {
        soap = SoapUser.start(work);
        running = soap.running();
        user = soap.user();
        tool = soap.tool();
    }

    /** Again before each test: DeleteCertificate removes every certificate of the user. */
    @BeforeEach
    void registerTheCertificate() {
        soap.registerCertificate();
    }

    @AfterAll
    void stop() {
        if (soap != null) {
            soap.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void aSignedSoapSessionRunsAgainstTheGateway(String version) throws Exception {
        SoapSteps steps = new SoapSteps(tool, version);
        String keyName = "soap-" + version;

        SoapTool.Answer zones = steps.ok("DescribeAvailabilityZones", "<availabilityZoneSet/>");
        assertNotNull(zones.text("zoneName"), "a zone is listed");
        assertEquals("available", zones.text("zoneState"));

        SoapTool.Answer created = steps.ok("CreateKeyPair", "<keyName>" + keyName + "</keyName>");
        assertEquals(keyName, created.text("keyName"));
        assertTrue(created.text("keyMaterial").contains("PRIVATE KEY"), "the private key is answered");

        SoapTool.Answer described = steps.ok("DescribeKeyPairs",
                "<keySet><item><keyName>" + keyName + "</keyName></item></keySet>");
        assertEquals(keyName, described.text("keyName"));
        assertEquals(created.text("keyFingerprint"), described.text("keyFingerprint"));

        SoapTool.Answer deleted = steps.ok("DeleteKeyPair", "<keyName>" + keyName + "</keyName>");
        assertEquals("true", deleted.text("return"));

        steps.fault("InvalidKeyPair.NotFound", "DescribeKeyPairs",
                "<keySet><item><keyName>" + keyName + "</keyName></item></keySet>");

        SoapTool.Answer regions = steps.ok("DescribeRegions", "<regionSet/>");
        assertEquals(RunningGateway.REGION, regions.text("regionName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void anUnsignedMessageIsRefusedWithAnAuthFailureFault(String version) throws Exception {
        SoapTool.Answer refused = tool.unsigned(version, "DescribeAvailabilityZones", "<availabilityZoneSet/>");
        assertEquals(500, refused.status());
        assertEquals("Fault", refused.element().getLocalName());
        assertEquals("AuthFailure", refused.faultCode());
    }

    @Test
    void setCertificateRegistersTheCallersCertificateAndDeleteCertificateRemovesIt() throws Exception {
        SoapTool own = SoapTool.generate(running.gateway().endpoint(), work, "set-certificate");
        String version = "2014-02-01";
        assertEquals("AuthFailure", own.signed(version, "DescribeRegions", "<regionSet/>").faultCode(),
                "refused before SetCertificate");

        HttpResponse<String> set = SigV2Query.post(running.gateway().endpoint(), "SetCertificate",
                Map.of("cert", Files.readString(own.certificatePem)), user.apiKey(), user.secretKey());
        assertEquals(200, set.statusCode(), set.body());
        SoapTool.Answer regions = own.signed(version, "DescribeRegions", "<regionSet/>");
        assertEquals(200, regions.status(), () -> "after SetCertificate: " + regions.text("faultstring"));
        assertEquals(RunningGateway.REGION, regions.text("regionName"));

        HttpResponse<String> deleted = SigV2Query.post(running.gateway().endpoint(), "DeleteCertificate", Map.of(),
                user.apiKey(), user.secretKey());
        assertEquals(200, deleted.statusCode(), deleted.body());
        SoapTool.Answer refused = own.signed(version, "DescribeRegions", "<regionSet/>");
        assertEquals("AuthFailure", refused.faultCode(), "refused after DeleteCertificate");
    }
}
