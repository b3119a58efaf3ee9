package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AvailabilityZoneTranslatorTest {
    private static final String ZONES = """
            {"listzonesresponse":{"count":2,"zone":[
             {"id":"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf","name":"Sim-Basic","domain":"sandbox.simulator",
              "networktype":"Basic","securitygroupsenabled":true,"allocationstate":"Enabled","tags":[]},
             {"id":"a42e53c5-bcd2-4357-ad0b-c58b0ea2d717","name":"Sim-Advanced","domain":"sandbox.simulator",
              "networktype":"Advanced","securitygroupsenabled":false,"allocationstate":"Disabled","tags":[]}]}}""";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @BeforeEach
    void stubZones() {
        harness.stub("listZones", ZONES);
    }

    @Test
    void everyCloudStackZoneIsAnAvailabilityZoneOfTheRegion() throws Exception {
        Ec2Answer answer = harness.execute("DescribeAvailabilityZones", Map.of());
        assertEquals(200, answer.status(), answer.body());
        String item = "/DescribeAvailabilityZonesResponse/availabilityZoneInfo/item";
        assertEquals(List.of("Sim-Basic", "Sim-Advanced"), answer.texts(item + "/zoneName"));
        assertEquals(List.of("available", "unavailable"), answer.texts(item + "/zoneState"));
        assertEquals(List.of(Ec2Harness.REGION, Ec2Harness.REGION), answer.texts(item + "/regionName"));
        assertEquals("a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf", answer.text(item + "[1]/zoneId"));
        harness.cloudStack.verify(1, called("listZones"));
    }

    @Test
    void zonesAreSelectedByNameAndByFilter() throws Exception {
        Ec2Answer byName = harness.execute("DescribeAvailabilityZones", Map.of("ZoneName.1", "Sim-Advanced"));
        assertEquals(List.of("Sim-Advanced"),
                byName.texts("/DescribeAvailabilityZonesResponse/availabilityZoneInfo/item/zoneName"));
        Ec2Answer byState = harness.execute("DescribeAvailabilityZones",
                Map.of("Filter.1.Name", "state", "Filter.1.Value.1", "available"));
        assertEquals(List.of("Sim-Basic"),
                byState.texts("/DescribeAvailabilityZonesResponse/availabilityZoneInfo/item/zoneName"));
    }

    @Test
    void anUnknownZoneNameIsInvalidParameterValue() throws Exception {
        Ec2Answer answer = harness.execute("DescribeAvailabilityZones", Map.of("ZoneName.1", "Nowhere"));
        assertEquals(400, answer.status());
        assertEquals("InvalidParameterValue", answer.errorCode());
    }

    @Test
    void anEmptyZoneListIsAnEmptyInfoSet() throws Exception {
        harness.stub("listZones", "{\"listzonesresponse\":{}}");
        Ec2Answer answer = harness.execute("DescribeAvailabilityZones", Map.of());
        assertEquals(200, answer.status());
        assertEquals(0, answer.texts("/DescribeAvailabilityZonesResponse/availabilityZoneInfo/item").size());
        assertEquals(1, answer.texts("/DescribeAvailabilityZonesResponse/availabilityZoneInfo").size());
    }

    @Test
    void cloudStackNotAnsweringIsUnavailable() throws Exception {
        harness.stub("listZones", 502, "<html>Bad Gateway</html>");
        Ec2Answer answer = harness.execute("DescribeAvailabilityZones", Map.of());
        assertEquals(503, answer.status());
        assertEquals("Unavailable", answer.errorCode());
    }
}
