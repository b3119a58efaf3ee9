package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ZonesApiTest {

    static final List<String> ZONE_KEYS = List.of("id", "name", "domain", "networktype", "securitygroupsenabled",
            "allocationstate", "zonetoken", "dhcpprovider", "localstorageenabled", "tags", "allowuserspecifyvrmtu",
            "routerprivateinterfacemaxmtu", "routerpublicinterfacemaxmtu", "type", "isnsxenabled", "ismultiarch",
            "asnrange", "routedmodeenabled", "hasannotations");

    private static CloudStackStandIn standIn;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        client = new ApiClient(standIn.apiUrl());
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    static String zoneId(ApiClient client, StandInUser user, String name) {
        return client.call(user, "listZones", "name", name).body().get("zone").get(0).get("id").asText();
    }

    @Test
    void listsABasicAndAnAdvancedZone() {
        JsonNode zones = client.call(standIn.user(), "listZones").body().get("zone");
        assertEquals(ZONE_KEYS, Shapes.keys(zones.get(0)));
        assertEquals("Basic", zones.get(0).get("networktype").asText());
        assertTrue(zones.get(0).get("securitygroupsenabled").asBoolean());
        assertEquals("Advanced", zones.get(1).get("networktype").asText());
        assertTrue(zones.get(1).get("routerpublicinterfacemaxmtu").isInt());
    }

    @Test
    void filtersZonesById() {
        String id = zoneId(client, standIn.user(), "Sim-Advanced");
        JsonNode reply = client.call(standIn.user(), "listZones", "id", id).body();
        assertEquals(1, reply.get("count").asInt());
        assertEquals("Sim-Advanced", reply.get("zone").get(0).get("name").asText());
    }

    @Test
    void showsTheBasicZonesSharedNetworkButNoOfferingsThere() {
        String basic = zoneId(client, standIn.user(), "Sim-Basic");
        JsonNode network = client.call(standIn.user(), "listNetworks", "zoneid", basic).body().get("network").get(0);
        assertEquals("Setup", network.get("state").asText());
        assertEquals("Shared", network.get("type").asText());
        assertEquals("{}", client.call(standIn.user(), "listNetworkOfferings", "zoneid", basic).body().toString());
    }

    @Test
    void offersAnIsolatedSourceNatOfferingInTheAdvancedZone() {
        JsonNode offerings = client.call(standIn.user(), "listNetworkOfferings", "guestiptype", "Isolated",
                "supportedservices", "SourceNat").body();
        assertEquals(1, offerings.get("count").asInt());
        assertEquals(NetworkOfferings.ISOLATED_WITH_SOURCE_NAT,
                offerings.get("networkoffering").get(0).get("name").asText());
    }

    @Test
    void createsAnIsolatedNetworkOnlyInTheAdvancedZone() {
        String offering = client.call(standIn.user(), "listNetworkOfferings", "name",
                NetworkOfferings.ISOLATED_WITH_SOURCE_NAT).body().get("networkoffering").get(0).get("id").asText();
        ApiClient.Reply basic = client.call(standIn.otherUser(), "createNetwork", "name", "n",
                "displaytext", "n", "networkofferingid", offering, "zoneid",
                zoneId(client, standIn.user(), "Sim-Basic"));
        assertEquals(431, basic.status());
        JsonNode network = client.call(standIn.otherUser(), "createNetwork", "name", "net", "displaytext",
                "my net", "networkofferingid", offering, "zoneid", zoneId(client, standIn.user(), "Sim-Advanced"))
                .body().get("network");
        assertEquals("Allocated", network.get("state").asText());
        assertEquals("ec2other", network.get("account").asText());
        assertEquals("{}", client.call(standIn.user(), "listNetworks", "id", network.get("id").asText()).body()
                .toString());
    }
}
