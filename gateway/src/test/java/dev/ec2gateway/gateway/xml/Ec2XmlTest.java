package dev.ec2gateway.gateway.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.ec2.Element;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ec2XmlTest {
    record State(Integer code, String name) {
    }

    record Item(String instanceId, State instanceState, Instant launchTime, Boolean ebsOptimized, String kernelId,
                List<String> productCodes) {
    }

    record Result(List<Item> instancesSet, @Element("return") Boolean succeeded) {
    }

    @Test
    void writesTheResultInTheRequestedVersionsNamespaceWithRequestIdFirstAndListsAsItems() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Ec2Xml.writeResult(out, "RunInstances", "2014-10-01", "req-1", new Result(List.of(new Item("i-1",
                new State(0, "pending"), Instant.parse("2026-11-24T05:33:18Z"), false, null, List.of())), true));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<RunInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2014-10-01/\">"
                + "<requestId>req-1</requestId>"
                + "<instancesSet><item><instanceId>i-1</instanceId>"
                + "<instanceState><code>0</code><name>pending</name></instanceState>"
                + "<launchTime>2026-11-24T05:33:18.000Z</launchTime><ebsOptimized>false</ebsOptimized>"
                + "<productCodes></productCodes></item></instancesSet>"
                + "<return>true</return></RunInstancesResponse>", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesEc2sErrorDocumentAndEscapesText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Ec2Xml.writeError(out, "InvalidParameterValue", "Value (<&>) is invalid", "req-2");
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error>"
                + "<Code>InvalidParameterValue</Code><Message>Value (&lt;&amp;&gt;) is invalid</Message>"
                + "</Error></Errors><RequestID>req-2</RequestID></Response>", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesNonAsciiTextAsUtf8AndALongAnswerWhole() {
        String name = "caf\u00e9 \u6771\u4eac \ud83d\ude80";
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            items.add(new Item("i-" + i, new State(16, name), null, null, null, List.of()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Ec2Xml.writeResult(out, "DescribeInstances", "2016-11-15", "req-3", new Result(items, null));

        byte[] written = out.toByteArray();
        String text = new String(written, StandardCharsets.UTF_8);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written);
        assertEquals(2000, text.split("<name>" + name + "</name>", -1).length - 1);
        assertTrue(text.endsWith("<instanceId>i-1999</instanceId><instanceState><code>16</code><name>" + name
                + "</name></instanceState><productCodes></productCodes></item></instancesSet>"
                + "</DescribeInstancesResponse>"), text.substring(Math.max(0, text.length() - 300)));
    }
}
