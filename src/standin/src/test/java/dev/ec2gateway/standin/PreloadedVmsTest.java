package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreloadedVmsTest {

    @Test
    void preloadsRunningVmsWithReadyRootVolumesBeyondTheAccountsLimit() {
        try (CloudStackStandIn standIn = CloudStackStandIn.start(StandInSettings.defaults())) {
            ApiClient client = new Cloud(standIn).client;
            StandInUser user = standIn.user();

            List<String> ids = standIn.preloadVms("ec2user", 30);

            JsonNode listed = client.call(user, "listVirtualMachines", "pagesize", "500", "page", "1").body();
            assertEquals(30, listed.get("count").asInt());
            JsonNode last = client.call(user, "listVirtualMachines", "id", ids.get(29)).body().get("virtualmachine").get(0);
            assertEquals("Running", last.get("state").asText());
            JsonNode root = client.call(user, "listVolumes", "virtualmachineid", ids.get(29)).body().get("volume").get(0);
            assertEquals("ROOT", root.get("type").asText());
            assertEquals("Ready", root.get("state").asText());
            assertEquals(0, client.call(standIn.otherUser(), "listVirtualMachines").body().path("count").asInt());
        }
    }
}
