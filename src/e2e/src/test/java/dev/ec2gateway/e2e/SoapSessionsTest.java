package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.Main;
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

    private RunningGateway running;
    private SoapTool tool;
    private StandInUser user;
    private Path dataDir;

    @BeforeAll
    void startAndRegister() throws Exception {
        dataDir = Files.createDirectories(work.resolve("data"));
        running = RunningGateway.start(dataDir);
        user = running.standIn().user();
        running.register(user);
        tool = SoapTool.generate(running.gateway().endpoint(), work, "soap-e2e");
    }

    /** Again before each test: DeleteCertificate removes every certificate of the user. */
    @BeforeEach
    void registerTheCertificate() {
        assertEquals(0, Main.commandLine().execute("--data-dir", dataDir.toString(),
                "--cloudstack-url", running.standIn().apiUrl().toString(),
                "certificates", "add", "--access-key", user.apiKey(),
                "--certificate", tool.certificatePem.toString()),
                "registering the certificate with 'ec2-gateway certificates add'");
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void aSignedSoapSessionRunsAgainstTheGateway(String version) throws Exception {
        String namespace = "http://ec2.amazonaws.com/doc/" + version + "/";
        String keyName = "soap-" + version;

        SoapTool.Answer zones = call(version, namespace, "DescribeAvailabilityZones", "<availabilityZoneSet/>");
        assertNotNull(zones.text("zoneName"), "a zone is listed");
        assertEquals("available", zones.text("zoneState"));

        SoapTool.Answer created = call(version, namespace, "CreateKeyPair", "<keyName>" + keyName + "</keyName>");
        assertEquals(keyName, created.text("keyName"));
        assertTrue(created.text("keyMaterial").contains("PRIVATE KEY"), "the private key is answered");

        SoapTool.Answer described = call(version, namespace, "DescribeKeyPairs",
                "<keySet><item><keyName>" + keyName + "</keyName></item></keySet>");
        assertEquals(keyName, described.text("keyName"));
        assertEquals(created.text("keyFingerprint"), described.text("keyFingerprint"));

        SoapTool.Answer deleted = call(version, namespace, "DeleteKeyPair", "<keyName>" + keyName + "</keyName>");
        assertEquals("true", deleted.text("return"));

        SoapTool.Answer gone = tool.signed(version, "DescribeKeyPairs",
                "<keySet><item><keyName>" + keyName + "</keyName></item></keySet>");
        assertEquals(500, gone.status());
        assertEquals("InvalidKeyPair.NotFound", localName(gone.text("faultcode")));

        SoapTool.Answer regions = call(version, namespace, "DescribeRegions", "<regionSet/>");
        assertEquals(RunningGateway.REGION, regions.text("regionName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void anUnsignedMessageIsRefusedWithAnAuthFailureFault(String version) throws Exception {
        SoapTool.Answer refused = tool.unsigned(version, "DescribeAvailabilityZones", "<availabilityZoneSet/>");
        assertEquals(500, refused.status());
        assertEquals("Fault", refused.element().getLocalName());
        assertEquals("AuthFailure", localName(refused.text("faultcode")));
    }

    @Test
    void setCertificateRegistersTheCallersCertificateAndDeleteCertificateRemovesIt() throws Exception {
        SoapTool own = SoapTool.generate(running.gateway().endpoint(), work, "set-certificate");
        String version = "2014-02-01";
        assertEquals("AuthFailure", localName(own.signed(version, "DescribeRegions", "<regionSet/>").text("faultcode")),
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
        assertEquals("AuthFailure", localName(refused.text("faultcode")), "refused after DeleteCertificate");
    }

    private SoapTool.Answer call(String version, String namespace, String action, String body) throws Exception {
        SoapTool.Answer answer = tool.signed(version, action, body);
        assertEquals(200, answer.status(), () -> action + " answered a fault: " + answer.text("faultstring"));
        assertEquals(action + "Response", answer.element().getLocalName());
        assertEquals(namespace, answer.element().getNamespaceURI());
        return answer;
    }

    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }
}
