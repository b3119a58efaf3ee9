package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolumesApiTest {

    static final List<String> NEW_DATA_VOLUME_KEYS = List.of("id", "name", "zoneid", "zonename", "type",
            "provisioningtype", "size", "created", "state", "account", "domainid", "domain", "domainpath",
            "diskofferingid", "diskofferingname", "diskofferingdisplaytext", "destroyed", "isextractable",
            "quiescevm", "supportsstoragesnapshot", "deleteprotection", "tags", "hasannotations");
    static final List<String> ROOT_VOLUME_KEYS = List.of("id", "name", "zoneid", "zonename", "type", "deviceid",
            "virtualmachineid", "templateid", "templatename", "templatedisplaytext", "vmname", "vmdisplayname",
            "vmstate", "vmtype", "provisioningtype", "size", "created", "state", "account", "domainid", "domain",
            "domainpath", "diskkbsread", "diskkbswrite", "diskioread", "diskiowrite", "destroyed",
            "serviceofferingid", "serviceofferingname", "serviceofferingdisplaytext", "isextractable", "quiescevm",
            "supportsstoragesnapshot", "deleteprotection", "tags", "hasannotations");
    static final List<String> SNAPSHOT_KEYS = List.of("id", "account", "domainid", "domain", "domainpath",
            "snapshottype", "volumeid", "volumename", "volumetype", "volumestate", "created", "name",
            "intervaltype", "state", "physicalsize", "zoneid", "zonename", "revertable", "ostypeid",
            "osdisplayname", "virtualsize", "tags", "hasannotations");

    private CloudStackStandIn standIn;
    private Cloud cloud;
    private ApiClient client;
    private StandInUser user;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        cloud = new Cloud(standIn);
        client = cloud.client;
        user = standIn.user();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private String customOffering() {
        return client.call(user, "listDiskOfferings", "name", "Custom").body().get("diskoffering").get(0)
                .get("id").asText();
    }

    private JsonNode createVolume(StandInUser owner) {
        return client.call(owner, "createVolume", "zoneid", cloud.basicZone(), "diskofferingid", customOffering(),
                "size", "5", "name", "data").body();
    }

    @Test
    void createsACustomSizedVolumeThatStaysAllocatedUntilAttached() {
        JsonNode created = createVolume(user);
        assertEquals(List.of("id", "jobid"), Shapes.keys(created));
        JsonNode result = cloud.job(user, created.get("jobid").asText()).get("jobresult").get("volume");
        assertEquals("Allocated", result.get("state").asText());
        assertEquals(5L * 1024 * 1024 * 1024, result.get("size").asLong());
        JsonNode listed = client.call(user, "listVolumes", "id", created.get("id").asText()).body().get("volume")
                .get(0);
        assertEquals(NEW_DATA_VOLUME_KEYS, Shapes.keys(listed));
    }

    @Test
    void refusesACustomOfferingWithoutSizeAndASizeThatIsNoNumber() {
        ApiClient.Reply noSize = client.call(user, "createVolume", "zoneid", cloud.basicZone(), "diskofferingid",
                customOffering(), "name", "x");
        assertEquals(431, noSize.status());
        assertEquals(4350, noSize.body().get("cserrorcode").asInt());
        ApiClient.Reply badSize = client.call(user, "createVolume", "zoneid", cloud.basicZone(), "diskofferingid",
                customOffering(), "size", "abc", "name", "x");
        assertEquals("Unable to execute API command createvolume due to invalid value abc for parameter size",
                badSize.body().get("errortext").asText());
    }

    @Test
    void attachesDetachesAndDeletesADataVolume() {
        String vm = cloud.deploy(user, cloud.basicZone()).get("id").asText();
        String volume = createVolume(user).get("id").asText();
        String attachJob = client.call(user, "attachVolume", "id", volume, "virtualmachineid", vm).body()
                .get("jobid").asText();
        JsonNode attached = cloud.job(user, attachJob).get("jobresult").get("volume");
        assertEquals(1, attached.get("deviceid").asInt());
        assertEquals("Ready", attached.get("state").asText());
        assertTrue(attached.has("attached"));
        JsonNode vmWithDisk = cloud.vm(user, vm);
        assertEquals(customOffering(), vmWithDisk.get("diskofferingid").asText());
        assertEquals("Custom", vmWithDisk.get("diskofferingname").asText());

        ApiClient.Reply deleteAttached = client.call(user, "deleteVolume", "id", volume);
        assertEquals(431, deleteAttached.status());
        assertEquals("Please specify a volume that is not attached to any VM.",
                deleteAttached.body().get("errortext").asText());

        client.call(user, "detachVolume", "id", volume);
        assertFalse(client.call(user, "listVolumes", "id", volume).body().get("volume").get(0)
                .has("virtualmachineid"));
        assertEquals("{\"success\":true}", client.call(user, "deleteVolume", "id", volume).body().toString());
        assertEquals("{}", client.call(user, "listVolumes", "id", volume).body().toString());
    }

    @Test
    void failsTheJobWhenAttachingARootVolume() {
        String vm = cloud.deploy(user, cloud.basicZone()).get("id").asText();
        String root = client.call(user, "listVolumes", "virtualmachineid", vm, "type", "ROOT").body().get("volume")
                .get(0).get("id").asText();
        ApiClient.Reply started = client.call(user, "attachVolume", "id", root, "virtualmachineid", vm);
        assertEquals(200, started.status());
        JsonNode job = cloud.job(user, started.body().get("jobid").asText());
        assertEquals(2, job.get("jobstatus").asInt());
        assertEquals(431, job.get("jobresultcode").asInt());
    }

    @Test
    void showsTheRootVolumeOfAVm() {
        String vm = cloud.deploy(user, cloud.basicZone()).get("id").asText();
        JsonNode root = client.call(user, "listVolumes", "virtualmachineid", vm).body().get("volume").get(0);
        assertEquals(ROOT_VOLUME_KEYS, Shapes.keys(root));
        assertTrue(root.get("serviceofferingid").isTextual());
        assertTrue(root.get("deviceid").isInt());
        assertTrue(root.get("name").asText().startsWith("ROOT-"));
    }

    @Test
    void keepsOtherAccountsVolumesApart() {
        String theirs = createVolume(standIn.otherUser()).get("id").asText();
        String vm = cloud.deploy(user, cloud.basicZone()).get("id").asText();
        assertEquals("{}", client.call(user, "listVolumes", "id", theirs).body().toString());
        assertEquals(531, client.call(user, "attachVolume", "id", theirs, "virtualmachineid", vm).status());
        assertEquals(531, client.call(user, "deleteVolume", "id", theirs).status());
        assertEquals(531, client.call(user, "createSnapshot", "volumeid", theirs).status());
        assertEquals(431, client.call(user, "listVolumes", "id", "9f1c2e4a-7b3d-4c5e-8a6f-0d1e2f3a4b5c").status());
    }

    @Test
    void snapshotsAVolumeAndCreatesAVolumeFromTheSnapshot() {
        String vm = cloud.deploy(user, cloud.basicZone(), "name", "web").get("id").asText();
        String root = client.call(user, "listVolumes", "virtualmachineid", vm).body().get("volume").get(0)
                .get("id").asText();
        JsonNode created = client.call(user, "createSnapshot", "volumeid", root).body();
        JsonNode snapshot = cloud.job(user, created.get("jobid").asText()).get("jobresult").get("snapshot");
        assertEquals(SNAPSHOT_KEYS, Shapes.keys(snapshot));
        assertEquals("BackedUp", snapshot.get("state").asText());
        assertTrue(snapshot.get("name").asText().startsWith("web_ROOT-"));
        JsonNode listed = client.call(user, "listSnapshots", "id", created.get("id").asText()).body()
                .get("snapshot").get(0);
        assertFalse(listed.has("snapshottype"));
        assertEquals(SNAPSHOT_KEYS.size() - 1, Shapes.keys(listed).size());

        String volume = client.call(user, "createVolume", "snapshotid", created.get("id").asText(), "name",
                "restored").body().get("id").asText();
        assertEquals(Seed.TWO_GB, client.call(user, "listVolumes", "id", volume).body().get("volume").get(0)
                .get("size").asLong());
        String deleteJob = client.call(user, "deleteSnapshot", "id", created.get("id").asText()).body()
                .get("jobid").asText();
        assertEquals("{\"success\":true}", cloud.job(user, deleteJob).get("jobresult").toString());
        assertEquals("{}", client.call(user, "listSnapshots").body().toString());
    }
}
