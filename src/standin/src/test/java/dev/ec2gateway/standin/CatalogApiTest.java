package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogApiTest {

    static final List<String> SERVICE_OFFERING_KEYS = List.of("id", "name", "state", "displaytext", "cpunumber",
            "cpuspeed", "memory", "created", "storagetype", "provisioningtype", "offerha", "limitcpuuse",
            "isvolatile", "issystem", "defaultuse", "iscustomized", "rootdisksize", "dynamicscalingenabled",
            "diskofferingstrictness", "encryptroot", "hasannotations");
    static final List<String> BUILTIN_TEMPLATE_KEYS = List.of("id", "name", "displaytext", "ispublic", "created",
            "isready", "passwordenabled", "format", "isfeatured", "crossZones", "ostypeid", "ostypename", "account",
            "zoneid", "zonename", "size", "physicalsize", "templatetype", "hypervisor", "domain", "domainpath",
            "domainid", "isextractable", "checksum", "details", "downloaddetails", "arch", "bits", "sshkeyenabled",
            "isdynamicallyscalable", "directdownload", "deployasis", "requireshvm", "tags", "hasannotations");

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

    @Test
    void offersTheInstanceTypesAnEc2ClientAsksFor() {
        for (String name : List.of("Small Instance", "m1.small", "m1.large", "t2.micro")) {
            JsonNode offering = client.call(standIn.user(), "listServiceOfferings", "name", name).body()
                    .get("serviceoffering").get(0);
            assertEquals(SERVICE_OFFERING_KEYS, Shapes.keys(offering));
            assertTrue(offering.get("memory").isInt());
        }
    }

    @Test
    void offersACustomSizedDiskOffering() {
        JsonNode custom = client.call(standIn.user(), "listDiskOfferings", "name", "Custom").body()
                .get("diskoffering").get(0);
        assertTrue(custom.get("iscustomized").asBoolean());
        assertEquals(0, custom.get("disksize").asInt());
    }

    @Test
    void listsOneFeaturedReadyTemplatePerZone() {
        for (String zone : List.of("Sim-Basic", "Sim-Advanced")) {
            JsonNode reply = client.call(standIn.user(), "listTemplates", "templatefilter", "featured", "zoneid",
                    ZonesApiTest.zoneId(client, standIn.user(), zone)).body();
            assertEquals(1, reply.get("count").asInt());
            JsonNode template = reply.get("template").get(0);
            assertEquals(BUILTIN_TEMPLATE_KEYS, Shapes.keys(template));
            assertTrue(template.get("isready").asBoolean());
            assertEquals(zone, template.get("zonename").asText());
            assertTrue(template.get("size").isLong() || template.get("size").isIntegralNumber());
            assertEquals("100", template.get("downloaddetails").get(0).get("downloadPercent").asText());
        }
    }

    @Test
    void listsNoOwnTemplatesBeforeTheUserMadeAny() {
        assertEquals("{}", client.call(standIn.user(), "listTemplates", "templatefilter", "self").body().toString());
    }

    @Test
    void requiresATemplateFilter() {
        ApiClient.Reply reply = client.call(standIn.user(), "listTemplates");
        assertEquals(431, reply.status());
        assertEquals("Unable to execute API command listtemplates due to missing parameter templatefilter",
                reply.body().get("errortext").asText());
    }

    @Test
    void findsOsTypesByDescription() {
        JsonNode reply = client.call(standIn.user(), "listOsTypes", "description", "CentOS 5.6 (64-bit)").body();
        assertEquals(1, reply.get("count").asInt());
    }

    @Test
    void describesCapabilitiesAsOneObject() {
        JsonNode capability = client.call(standIn.user(), "listCapabilities").body().get("capability");
        assertEquals("4.20.2.0", capability.get("cloudstackversion").asText());
        assertTrue(capability.get("supportELB").isTextual());
    }
}
