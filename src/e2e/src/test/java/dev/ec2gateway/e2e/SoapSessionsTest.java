package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.Main;
import dev.ec2gateway.standin.StandInUser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A SOAP tool's session against the real gateway in front of the stand-in: the user registered with
 * {@code users add}, the certificate with {@code certificates add}, then WS-Security signed calls over
 * the oldest and the newest EC2 namespace; an unsigned message is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoapSessionsTest {
    @TempDir
    static Path work;

    private RunningGateway running;
    private SoapTool tool;

    @BeforeAll
    void startAndRegister() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        running = RunningGateway.start(dataDir);
        StandInUser user = running.standIn().user();
        assertEquals(0, Main.commandLine().execute("--data-dir", dataDir.toString(),
                "--cloudstack-url", running.standIn().apiUrl().toString(),
                "users", "add", "--access-key", user.apiKey(), "--secret-key", user.secretKey()),
                "registering the test user with 'ec2-gateway users add'");
        tool = SoapTool.generate(running.gateway().endpoint(), work, "soap-e2e");
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
