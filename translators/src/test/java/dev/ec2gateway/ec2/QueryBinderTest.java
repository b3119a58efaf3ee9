package dev.ec2gateway.ec2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryBinderTest {
    record Sample(@Required String keyName, @Param("InstanceId") List<String> instanceIds,
                  @Param("Filter") List<Filter> filters, Integer maxResults, Boolean dryRun,
                  byte[] publicKeyMaterial, Placement placement) {
    }

    record Placement(String availabilityZone) {
    }

    @Test
    void readsScalarsListsAndNestedRecordsByTheirWireNames() {
        Sample sample = QueryBinder.bind(Sample.class, params(
                "KeyName", "kp1",
                "InstanceId.2", "i-2", "InstanceId.1", "i-1",
                "Filter.1.Name", "tag:Name", "Filter.1.Value.1", "a", "Filter.1.Value.2", "b",
                "Filter.2.Name", "key-name", "Filter.2.Value.1", "kp*",
                "MaxResults", "5", "DryRun", "false",
                "PublicKeyMaterial", "c3NoLXJzYSBBQUFB",
                "Placement.AvailabilityZone", "zone1"));
        assertEquals("kp1", sample.keyName());
        assertEquals(List.of("i-1", "i-2"), sample.instanceIds());
        assertEquals(List.of(new Filter("tag:Name", List.of("a", "b")), new Filter("key-name", List.of("kp*"))),
                sample.filters());
        assertEquals(5, sample.maxResults());
        assertEquals(false, sample.dryRun());
        assertArrayEquals("ssh-rsa AAAA".getBytes(StandardCharsets.US_ASCII), sample.publicKeyMaterial());
        assertEquals("zone1", sample.placement().availabilityZone());
    }

    private static Map<String, String> params(String... pairs) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void listsKeepTheirOrderAcrossGapsAndAbsentOnesAreEmpty() {
        Sample sample = QueryBinder.bind(Sample.class, Map.of("KeyName", "k", "InstanceId.10", "i-10",
                "InstanceId.3", "i-3"));
        assertEquals(List.of("i-3", "i-10"), sample.instanceIds());
        assertEquals(List.of(), sample.filters());
        assertNull(sample.placement());
        assertNull(sample.maxResults());
    }

    @Test
    void anIndexIsOneToSixDigitsEndingTheNameOrFollowedByADot() {
        Sample sample = QueryBinder.bind(Sample.class, params("KeyName", "k",
                "InstanceId.1", "i-1", "InstanceId.2", "i-2", "InstanceId.999999", "i-max",
                "InstanceId.1234567", "seven digits", "InstanceId.x", "no digits", "InstanceId.3x", "not a dot",
                "InstanceId.", "empty", "InstanceIdX.4", "other name", "InstanceId.٣", "not ASCII"));
        assertEquals(List.of("i-1", "i-2", "i-max"), sample.instanceIds());

        Sample filtered = QueryBinder.bind(Sample.class, params("KeyName", "k",
                "Filter.7.Name", "tag:a", "Filter.7.Value.1", "x", "Filter.7x.Name", "ignored"));
        assertEquals(List.of(new Filter("tag:a", List.of("x"))), filtered.filters());
    }

    @Test
    void aMissingRequiredParameterIsMissingParameter() {
        Ec2Exception e = assertThrows(Ec2Exception.class, () -> QueryBinder.bind(Sample.class, Map.of()));
        assertEquals("MissingParameter", e.code());
        assertEquals("The request must contain the parameter KeyName.", e.getMessage());
    }

    @Test
    void aFilterWithoutNameIsMissingParameter() {
        Ec2Exception e = assertThrows(Ec2Exception.class, () -> QueryBinder.bind(Sample.class,
                Map.of("KeyName", "k", "Filter.1.Value.1", "x")));
        assertEquals("MissingParameter", e.code());
        assertEquals("The request must contain the parameter Filter.1.Name.", e.getMessage());
    }

    @Test
    void badNumbersBooleansAndBase64AreInvalidParameterValue() {
        for (Map<String, String> bad : List.of(Map.of("KeyName", "k", "MaxResults", "ten"),
                Map.of("KeyName", "k", "DryRun", "yes"), Map.of("KeyName", "k", "PublicKeyMaterial", "!!!"))) {
            Ec2Exception e = assertThrows(Ec2Exception.class, () -> QueryBinder.bind(Sample.class, bad));
            assertEquals("InvalidParameterValue", e.code(), bad.toString());
            assertEquals(400, e.httpStatus());
        }
    }
}
