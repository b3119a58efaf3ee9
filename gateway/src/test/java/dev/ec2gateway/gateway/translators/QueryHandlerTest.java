package dev.ec2gateway.gateway.translators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Query front door: paths, methods, versions and the errors of requests that never reach a translator. */
class QueryHandlerTest {
    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @Test
    void theAnswerUsesTheNamespaceOfTheRequestedVersionAndCarriesARequestId() throws Exception {
        Ec2Answer answer = harness.execute("DescribeRegions", Map.of("Version", "2010-11-15"));
        assertTrue(answer.body().contains("<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2010-11-15/\">"),
                answer.body());
        assertTrue(answer.text("/DescribeRegionsResponse/requestId").matches("[0-9a-f-]{36}"), answer.body());
    }

    @Test
    void anUnknownActionIsInvalidActionAndAKnownOneWithoutARowUnsupportedOperation() throws Exception {
        Ec2Answer invented = harness.execute("LaunchRocket", Map.of());
        assertEquals(400, invented.status());
        assertEquals("InvalidAction", invented.errorCode());
        Ec2Answer unsupported = harness.execute("DescribeVpnGateways", Map.of());
        assertEquals(400, unsupported.status());
        assertEquals("UnsupportedOperation", unsupported.errorCode());
        assertTrue(unsupported.text("/Response/RequestID").length() > 0);
    }

    @Test
    void aLongAnswerArrivesWholeWithItsLength() throws Exception {
        int zones = 6000;
        StringBuilder json = new StringBuilder("{\"listzonesresponse\":{\"count\":" + zones + ",\"zone\":[");
        for (int i = 0; i < zones; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"zone-id-").append(i).append("\",\"name\":\"zone-")
                    .append(i).append("-").append("x".repeat(200)).append("\",\"allocationstate\":\"Enabled\"}");
        }
        harness.stub("listZones", json.append("]}}").toString());

        Ec2Answer answer = harness.execute("DescribeAvailabilityZones", Map.of());

        assertEquals(200, answer.status());
        assertTrue(answer.body().length() > 1 << 20, "the answer spans many blocks");
        assertEquals(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, answer.contentLength());
        List<String> names = answer.texts("/DescribeAvailabilityZonesResponse/availabilityZoneInfo/item/zoneName");
        assertEquals(zones, names.size());
        assertEquals("zone-" + (zones - 1) + "-" + "x".repeat(200), names.get(zones - 1));
    }

    @Test
    void aRequestWithoutActionIsMissingAction() throws Exception {
        Ec2Answer answer = harness.send("GET /awsapi?Version=2016-11-15 HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertEquals(400, answer.status());
        assertEquals("MissingAction", answer.errorCode());
    }

    @Test
    void aRequestWithoutCredentialsIsRefused() throws Exception {
        Ec2Answer answer = harness.send("GET /awsapi/?Action=DescribeRegions&Version=2016-11-15 HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(400, answer.status());
        assertEquals("MissingParameter", answer.errorCode());
    }

    @Test
    void otherPathsAndMethodsAreRefusedWithAnEc2Error() throws Exception {
        Ec2Answer path = harness.send("GET /elsewhere?Action=DescribeRegions HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertEquals(404, path.status());
        assertFalse(path.errorCode().isEmpty());
        Ec2Answer method = harness.send("DELETE /awsapi HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(405, method.status());
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        Ec2Answer answer = harness.send("POST /awsapi HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000000\r\n"
                + "Connection: close\r\n\r\nAction=DescribeRegions");
        assertEquals(413, answer.status());
        assertEquals("RequestEntityTooLarge", answer.errorCode());
    }

    @Test
    void dryRunAnswersDryRunOperationWithoutCallingCloudStack() throws Exception {
        Ec2Answer answer = harness.execute("DescribeAvailabilityZones", Map.of("DryRun", "true"));
        assertEquals(412, answer.status());
        assertEquals("DryRunOperation", answer.errorCode());
        assertEquals(0, harness.cloudStack.getAllServeEvents().size());
    }

    @Test
    void aMissingRequiredParameterIsNamed() throws Exception {
        Ec2Answer answer = harness.execute("CreateKeyPair", Map.of());
        assertEquals("MissingParameter", answer.errorCode());
        assertEquals("The request must contain the parameter KeyName.", answer.text("/Response/Errors/Error/Message"));
    }
}
