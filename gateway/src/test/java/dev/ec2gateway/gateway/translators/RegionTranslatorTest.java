package dev.ec2gateway.gateway.translators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegionTranslatorTest {
    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @Test
    void theGatewayIsOneRegionWhoseEndpointIsItsPublicUrl() throws Exception {
        Ec2Answer answer = harness.execute("DescribeRegions", Map.of());
        assertEquals(List.of(Ec2Harness.REGION), answer.texts("/DescribeRegionsResponse/regionInfo/item/regionName"));
        assertEquals("http://gateway.test/awsapi", answer.text("/DescribeRegionsResponse/regionInfo/item/regionEndpoint"));
        assertEquals(0, harness.cloudStack.getAllServeEvents().size());
    }

    @Test
    void anotherRegionNameIsInvalidParameterValue() throws Exception {
        Ec2Answer answer = harness.execute("DescribeRegions", Map.of("RegionName.1", "us-east-1"));
        assertEquals("InvalidParameterValue", answer.errorCode());
    }

    @Test
    void aFilterThatMatchesNothingGivesAnEmptyList() throws Exception {
        Ec2Answer answer = harness.execute("DescribeRegions", Map.of("Filter.1.Name", "region-name",
                "Filter.1.Value.1", "eu-*"));
        assertEquals(200, answer.status());
        assertEquals(List.of(), answer.texts("/DescribeRegionsResponse/regionInfo/item"));
    }
}
