package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.standin.StandInUser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;

/**
 * The old bridge's admin calls SetOfferMapping and DeleteOfferMapping (signed Query calls, SigV2 as the old
 * tools sign) against the real gateway: a root admin's mapping shows in the AWS SDK's DescribeInstanceTypes,
 * a regular user is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferMappingSessionTest {
    @TempDir
    static Path work;

    private RunningGateway running;
    private StandInUser admin;
    private StandInUser user;

    @BeforeAll
    void start() throws Exception {
        running = RunningGateway.start(work.resolve("data"));
        admin = running.standIn().admin();
        user = running.standIn().user();
        running.register(admin, user);
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    private List<String> instanceTypes() {
        try (Ec2Client ec2 = JavaSdkClients.client(running.gateway().endpoint(), RunningGateway.REGION,
                user.apiKey(), user.secretKey())) {
            return ec2.describeInstanceTypesPaginator(r -> { }).instanceTypes().stream()
                    .map(InstanceTypeInfo::instanceTypeAsString).toList();
        }
    }

    @Test
    void aRootAdminMapsAnInstanceTypeThatUsersThenSeeAndARegularUserMayNot() throws Exception {
        HttpResponse<String> refused = SigV2Query.post(running.gateway().endpoint(), "SetOfferMapping",
                Map.of("amazonoffer", "c9.bench", "cloudoffer", "Small Instance"), user.apiKey(), user.secretKey());
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("<Code>UnauthorizedOperation</Code>"), refused.body());

        HttpResponse<String> mapped = SigV2Query.post(running.gateway().endpoint(), "SetOfferMapping",
                Map.of("amazonoffer", "c9.bench", "cloudoffer", "Small Instance"), admin.apiKey(), admin.secretKey());
        assertEquals(200, mapped.statusCode(), mapped.body());
        assertTrue(instanceTypes().contains("c9.bench"), instanceTypes().toString());

        HttpResponse<String> deleted = SigV2Query.post(running.gateway().endpoint(), "DeleteOfferMapping",
                Map.of("amazonoffer", "c9.bench"), admin.apiKey(), admin.secretKey());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(!instanceTypes().contains("c9.bench"), instanceTypes().toString());
    }
}
