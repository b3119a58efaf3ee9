package dev.ec2gateway.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLineIsOneJsonObjectWithEveryFieldInOrder() throws Exception {
        String line = new AccessLog.Line("r-1", "AKIDEXAMPLE", "DescribeInstances",
                List.of("listVirtualMachines", "listVolumes"), 200, null, 12).json();

        assertEquals("{\"requestId\":\"r-1\",\"accessKey\":\"AKIDEXAMPLE\",\"action\":\"DescribeInstances\","
                + "\"cloudStack\":[\"listVirtualMachines\",\"listVolumes\"],\"status\":200,\"errorCode\":null,"
                + "\"durationMs\":12}", line);
    }

    @Test
    void whatTheClientSentIsQuotedSoTheLineStaysOneJsonObject() throws Exception {
        String sneaky = "Run\"Instances\\\n{\"status\":500}\u0001é";
        String line = new AccessLog.Line("r-2", sneaky, sneaky, List.of(), 400, "InvalidAction", 0).json();

        assertTrue(!line.contains("\n"), line);
        JsonNode read = JSON.readTree(line);
        assertEquals(sneaky, read.path("accessKey").asText());
        assertEquals(sneaky, read.path("action").asText());
        assertEquals(0, read.path("cloudStack").size());
        assertEquals(400, read.path("status").asInt());
        assertEquals("InvalidAction", read.path("errorCode").asText());
        assertEquals(7, read.size());
    }

    @Test
    void missingValuesAreJsonNulls() throws Exception {
        JsonNode read = JSON.readTree(new AccessLog.Line("r-3", null, null, List.of(), 403, "AuthFailure", 1).json());

        assertTrue(read.path("accessKey").isNull());
        assertTrue(read.path("action").isNull());
    }
}
