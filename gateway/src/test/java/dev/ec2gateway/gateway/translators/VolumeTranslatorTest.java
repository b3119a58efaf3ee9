package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.StorageFixtures.CUSTOM_OFFERING_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.ROOT_VOLUME_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.SNAPSHOT_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VM_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.VOLUME_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.ZONE_ID;
import static dev.ec2gateway.gateway.translators.StorageFixtures.list;
import static dev.ec2gateway.gateway.translators.StorageFixtures.tag;
import static dev.ec2gateway.gateway.translators.StorageFixtures.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VolumeTranslatorTest {
    static final String VOL = Ec2Ids.of(Kind.VOLUME, VOLUME_ID);
    static final String VM = Ec2Ids.of(Kind.INSTANCE, VM_ID);
    private static final long FIVE_GIB = 5L << 30;
    static final String ZONES = """
            {"listzonesresponse":{"count":1,"zone":[{"id":"%s","name":"Sim-Basic","networktype":"Basic",
             "allocationstate":"Enabled"}]}}""".formatted(ZONE_ID);
    static final String OFFERINGS = """
            {"listdiskofferingsresponse":{"count":3,"diskoffering":[
             {"id":"87d30268-a9da-4ee9-938f-3cb5e96b8f1c","name":"Small","disksize":5,"iscustomized":false},
             {"id":"%s","name":"Custom","disksize":0,"iscustomized":true},
             {"id":"2aad02e6-aae9-4e0d-8b68-3f7a2ffee60d","name":"Zeta","disksize":0,"iscustomized":true}]}}"""
            .formatted(CUSTOM_OFFERING_ID);
    private static final String ITEM = "/DescribeVolumesResponse/volumeSet/item";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private void knowVolumeAndInstance() {
        harness.idIndex.remember(VOL, Kind.VOLUME, VOLUME_ID);
        harness.idIndex.remember(VM, Kind.INSTANCE, VM_ID);
    }

    @Test
    void createVolumeUsesTheFirstCustomSizeOfferingAndAnswersCreatingAtOnce() throws Exception {
        harness.stub("listZones", ZONES);
        harness.stub("listDiskOfferings", OFFERINGS);
        StorageFixtures.submitted(harness, "createVolume", VOLUME_ID, "job-create");
        StorageFixtures.submitted(harness, "createTags", null, "job-tags");

        Ec2Answer answer = harness.execute("CreateVolume", Map.of("AvailabilityZone", "Sim-Basic", "Size", "5",
                "ClientToken", "c8b7", "TagSpecification.1.ResourceType", "volume",
                "TagSpecification.1.Tag.1.Key", "Name", "TagSpecification.1.Tag.1.Value", "data-1"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals(VOL, answer.text("/CreateVolumeResponse/volumeId"));
        assertEquals("creating", answer.text("/CreateVolumeResponse/status"));
        assertEquals("5", answer.text("/CreateVolumeResponse/size"));
        assertEquals("Sim-Basic", answer.text("/CreateVolumeResponse/availabilityZone"));
        assertEquals("2026-11-24T06:00:00.000Z", answer.text("/CreateVolumeResponse/createTime"));
        assertEquals("data-1", answer.text("/CreateVolumeResponse/tagSet/item[key='Name']/value"));
        harness.cloudStack.verify(1, called("createVolume").withQueryParam("zoneid", WireMock.equalTo(ZONE_ID))
                .withQueryParam("diskofferingid", WireMock.equalTo(CUSTOM_OFFERING_ID))
                .withQueryParam("size", WireMock.equalTo("5"))
                .withQueryParam("name", WireMock.equalTo("data-1")));
        harness.cloudStack.verify(1, called("createTags").withQueryParam("resourcetype", WireMock.equalTo("Volume"))
                .withQueryParam("resourceids", WireMock.equalTo(VOLUME_ID)));
        harness.cloudStack.verify(0, called("queryAsyncJobResult"));
    }

    @Test
    void withoutACustomSizeOfferingCreateVolumeSaysSoClearly() throws Exception {
        harness.stub("listZones", ZONES);
        harness.stub("listDiskOfferings", """
                {"listdiskofferingsresponse":{"count":1,"diskoffering":[
                 {"id":"87d30268-a9da-4ee9-938f-3cb5e96b8f1c","name":"Small","disksize":5,"iscustomized":false}]}}""");
        Ec2Answer answer = harness.execute("CreateVolume", Map.of("AvailabilityZone", "Sim-Basic", "Size", "5"));
        assertEquals("InvalidParameterValue", answer.errorCode());
        assertEquals(true, answer.text("/Response/Errors/Error/Message").contains("no disk offering with a custom size"));
        harness.cloudStack.verify(0, called("createVolume"));
    }

    @Test
    void createVolumeFromASnapshotTakesItsSizeAndZone() throws Exception {
        String snap = Ec2Ids.of(Kind.SNAPSHOT, SNAPSHOT_ID);
        harness.idIndex.remember(snap, Kind.SNAPSHOT, SNAPSHOT_ID);
        harness.stub("listSnapshots", list("listSnapshots", "snapshot", """
                {"id":"%s","volumeid":"%s","zoneid":"%s","zonename":"Sim-Basic","state":"BackedUp",
                 "virtualsize":5368709120,"tags":[]}""".formatted(SNAPSHOT_ID, VOLUME_ID, ZONE_ID)));
        StorageFixtures.submitted(harness, "createVolume", "611625d5-de9e-4d25-8e09-79fe1452fe8f", "job-c");

        Ec2Answer answer = harness.execute("CreateVolume", Map.of("SnapshotId", snap));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("5", answer.text("/CreateVolumeResponse/size"));
        assertEquals(snap, answer.text("/CreateVolumeResponse/snapshotId"));
        assertEquals("Sim-Basic", answer.text("/CreateVolumeResponse/availabilityZone"));
        harness.cloudStack.verify(1, called("createVolume").withQueryParam("snapshotid", WireMock.equalTo(SNAPSHOT_ID))
                .withQueryParam("diskofferingid", WireMock.absent()));
        assertEquals("InvalidParameterValue",
                harness.execute("CreateVolume", Map.of("SnapshotId", snap, "Size", "2")).errorCode());
    }

    @Test
    void createVolumeChecksItsParametersBeforeCallingCloudStack() throws Exception {
        harness.stub("listZones", ZONES);
        assertEquals("MissingParameter", harness.execute("CreateVolume", Map.of("AvailabilityZone", "Sim-Basic"))
                .errorCode());
        assertEquals("MissingParameter", harness.execute("CreateVolume", Map.of("Size", "5")).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("CreateVolume",
                Map.of("AvailabilityZone", "Sim-Basic", "Size", "0")).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("CreateVolume",
                Map.of("AvailabilityZone", "Nowhere", "Size", "5")).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("CreateVolume", Map.of("AvailabilityZone", "Sim-Basic",
                "Size", "5", "TagSpecification.1.ResourceType", "instance", "TagSpecification.1.Tag.1.Key", "a"))
                .errorCode());
        harness.stub("listSnapshots", list("listSnapshots", "snapshot"));
        assertEquals("InvalidSnapshot.NotFound", harness.execute("CreateVolume",
                Map.of("SnapshotId", "snap-0123456789abcdef0")).errorCode());
        harness.cloudStack.verify(0, called("createVolume"));
    }

    @Test
    void describeVolumesMapsStatesSizesAttachmentsAndTags() throws Exception {
        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(ROOT_VOLUME_ID, "ROOT", "Ready", VM_ID, 0, 2L << 30, null),
                volume(VOLUME_ID, "DATADISK", "Ready", VM_ID, 4, FIVE_GIB, null,
                        tag("Name", "data-1", "Volume", VOLUME_ID)),
                volume("11111111-0000-0000-0000-000000000001", "DATADISK", "Allocated", null, null, FIVE_GIB, null),
                volume("11111111-0000-0000-0000-000000000002", "DATADISK", "Creating", null, null, FIVE_GIB, null),
                volume("11111111-0000-0000-0000-000000000003", "DATADISK", "Destroy", null, null, FIVE_GIB, null),
                volume("11111111-0000-0000-0000-000000000004", "DATADISK", "Error", null, null, FIVE_GIB, null)));

        Ec2Answer answer = harness.execute("DescribeVolumes", Map.of());

        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("in-use", "in-use", "available", "creating", "deleting", "error"),
                answer.texts(ITEM + "/status"));
        assertEquals(List.of("2", "5", "5", "5", "5", "5"), answer.texts(ITEM + "/size"));
        assertEquals(List.of("/dev/sda1", "/dev/sdd"), answer.texts(ITEM + "/attachmentSet/item/device"));
        assertEquals(List.of("true", "false"), answer.texts(ITEM + "/attachmentSet/item/deleteOnTermination"));
        assertEquals(List.of("attached", "attached"), answer.texts(ITEM + "/attachmentSet/item/status"));
        assertEquals(List.of(VM, VM), answer.texts(ITEM + "/attachmentSet/item/instanceId"));
        assertEquals("2026-11-24T05:33:33.000Z", answer.text(ITEM + "[2]/attachmentSet/item/attachTime"));
        assertEquals("2026-11-24T05:33:31.000Z", answer.text(ITEM + "[2]/createTime"));
        assertEquals("data-1", answer.text(ITEM + "[2]/tagSet/item/value"));
        assertEquals("Sim-Basic", answer.text(ITEM + "[2]/availabilityZone"));
        harness.cloudStack.verify(0, called("listAsyncJobs"));
    }

    @Test
    void aRunningAttachOrDetachJobShowsInTheAttachment() throws Exception {
        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(VOLUME_ID, "DATADISK", "Ready", VM_ID, 1, FIVE_GIB, "job-detach"),
                volume("11111111-0000-0000-0000-000000000002", "DATADISK", "Allocated", null, null, FIVE_GIB,
                        "job-create")));
        harness.stub("listAsyncJobs", """
                {"listasyncjobsresponse":{"count":2,"asyncjobs":[
                 {"jobid":"job-detach","cmd":"org.apache.cloudstack.api.command.user.volume.DetachVolumeCmd",
                  "jobstatus":0,"jobinstancetype":"Volume","jobinstanceid":"%s"},
                 {"jobid":"job-create","cmd":"org.apache.cloudstack.api.command.user.volume.CreateVolumeCmd",
                  "jobstatus":0,"jobinstancetype":"Volume"}]}}""".formatted(VOLUME_ID));

        Ec2Answer answer = harness.execute("DescribeVolumes", Map.of());

        assertEquals(List.of("in-use", "creating"), answer.texts(ITEM + "/status"));
        assertEquals(List.of("detaching"), answer.texts(ITEM + "/attachmentSet/item/status"));
    }

    @Test
    void anAttachingVolumeIsInUseBeforeCloudStackNamesItsVm() throws Exception {
        knowVolumeAndInstance();
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listVolumes").withQueryParam("id", WireMock.equalTo(VOLUME_ID))
                .willReturn(WireMock.okJson(list("listVolumes", "volume",
                        volume(VOLUME_ID, "DATADISK", "Allocated", null, null, FIVE_GIB, null)))));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listVolumes")
                .withQueryParam("virtualmachineid", WireMock.equalTo(VM_ID))
                .willReturn(WireMock.okJson(list("listVolumes", "volume",
                        volume(ROOT_VOLUME_ID, "ROOT", "Ready", VM_ID, 0, 2L << 30, null)))));
        StorageFixtures.submitted(harness, "attachVolume", null, "job-attach");

        Ec2Answer attach = harness.execute("AttachVolume", Map.of("VolumeId", VOL, "InstanceId", VM,
                "Device", "/dev/sdf"));

        assertEquals(200, attach.status(), attach.body());
        assertEquals("attaching", attach.text("/AttachVolumeResponse/status"));
        assertEquals("/dev/sdf", attach.text("/AttachVolumeResponse/device"));
        assertEquals(VM, attach.text("/AttachVolumeResponse/instanceId"));
        harness.cloudStack.verify(1, called("attachVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("virtualmachineid", WireMock.equalTo(VM_ID))
                .withQueryParam("deviceid", WireMock.equalTo("6")));
        harness.cloudStack.verify(0, called("queryAsyncJobResult"));

        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listVolumes").withQueryParam("id", WireMock.equalTo(VOLUME_ID))
                .willReturn(WireMock.okJson(list("listVolumes", "volume",
                        volume(VOLUME_ID, "DATADISK", "Allocated", null, null, FIVE_GIB, "job-attach")))));
        harness.stub("listAsyncJobs", """
                {"listasyncjobsresponse":{"count":1,"asyncjobs":[{"jobid":"job-attach",
                 "cmd":"org.apache.cloudstack.api.command.user.volume.AttachVolumeCmd","jobstatus":0}]}}""");
        Ec2Answer described = harness.execute("DescribeVolumes", Map.of("VolumeId.1", VOL));
        assertEquals("in-use", described.text(ITEM + "/status"));
        assertEquals("attaching", described.text(ITEM + "/attachmentSet/item/status"));
        assertEquals(VM, described.text(ITEM + "/attachmentSet/item/instanceId"));
        assertEquals("/dev/sdf", described.text(ITEM + "/attachmentSet/item/device"));
    }

    @Test
    void attachVolumeRefusesAnAttachedVolumeATakenDeviceAndABadDeviceName() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(VOLUME_ID, "DATADISK", "Ready", VM_ID, 1, FIVE_GIB, null)));
        assertEquals("VolumeInUse", harness.execute("AttachVolume", Map.of("VolumeId", VOL, "InstanceId", VM,
                "Device", "/dev/sdc")).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("AttachVolume", Map.of("VolumeId", VOL,
                "InstanceId", VM, "Device", "/dev/sda")).errorCode());

        String other = "22222222-0000-0000-0000-000000000001";
        harness.idIndex.remember(Ec2Ids.of(Kind.VOLUME, other), Kind.VOLUME, other);
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listVolumes").withQueryParam("id", WireMock.equalTo(other))
                .willReturn(WireMock.okJson(list("listVolumes", "volume",
                        volume(other, "DATADISK", "Ready", null, null, FIVE_GIB, null)))));
        assertEquals("InvalidParameterValue", harness.execute("AttachVolume", Map.of("VolumeId",
                Ec2Ids.of(Kind.VOLUME, other), "InstanceId", VM, "Device", "/dev/sdb")).errorCode());
        harness.cloudStack.verify(0, called("attachVolume"));
    }

    @Test
    void detachVolumeAnswersDetachingAndChecksTheAttachment() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(VOLUME_ID, "DATADISK", "Ready", VM_ID, 1, FIVE_GIB, null)));
        StorageFixtures.submitted(harness, "detachVolume", null, "job-detach");

        Ec2Answer answer = harness.execute("DetachVolume", Map.of("VolumeId", VOL, "Force", "true"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("detaching", answer.text("/DetachVolumeResponse/status"));
        assertEquals(VM, answer.text("/DetachVolumeResponse/instanceId"));
        assertEquals("/dev/sdb", answer.text("/DetachVolumeResponse/device"));
        harness.cloudStack.verify(1, called("detachVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));
        assertEquals("InvalidAttachment.NotFound", harness.execute("DetachVolume", Map.of("VolumeId", VOL,
                "InstanceId", "i-0123456789abcdef0")).errorCode());

        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(VOLUME_ID, "DATADISK", "Ready", null, null, FIVE_GIB, null)));
        assertEquals("IncorrectState", harness.execute("DetachVolume", Map.of("VolumeId", VOL)).errorCode());
        harness.cloudStack.verify(1, called("detachVolume"));
    }

    @Test
    void deleteVolumeOfAnAttachedVolumeIsVolumeInUse() throws Exception {
        knowVolumeAndInstance();
        StorageFixtures.error(harness, "deleteVolume", 431, 4350, "Please specify a volume that is not attached to any VM.");
        harness.stub("listVolumes", list("listVolumes", "volume",
                volume(VOLUME_ID, "DATADISK", "Ready", VM_ID, 1, FIVE_GIB, null)));
        Ec2Answer answer = harness.execute("DeleteVolume", Map.of("VolumeId", VOL));
        assertEquals(400, answer.status());
        assertEquals("VolumeInUse", answer.errorCode());
    }

    @Test
    void deletingAnotherAccountsVolumeIsNotFound() throws Exception {
        knowVolumeAndInstance();
        StorageFixtures.error(harness, "deleteVolume", 531, 4365, "Caller does not have permission to operate with "
                + "provided resource.");
        assertEquals("InvalidVolume.NotFound", harness.execute("DeleteVolume", Map.of("VolumeId", VOL)).errorCode());
    }

    @Test
    void deleteVolumeDeletesAndUnknownIdsAreNotFoundOrMalformed() throws Exception {
        knowVolumeAndInstance();
        harness.stub("deleteVolume", "{\"deletevolumeresponse\":{\"success\":true}}");
        Ec2Answer deleted = harness.execute("DeleteVolume", Map.of("VolumeId", VOL));
        assertEquals("true", deleted.text("/DeleteVolumeResponse/return"));
        harness.cloudStack.verify(1, called("deleteVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));

        harness.stub("listVolumes", list("listVolumes", "volume"));
        assertEquals("InvalidVolume.NotFound", harness.execute("DeleteVolume",
                Map.of("VolumeId", "vol-0123456789abcdef0")).errorCode());
        assertEquals("InvalidVolumeID.Malformed", harness.execute("DeleteVolume",
                Map.of("VolumeId", "vol-nothex")).errorCode());
    }

    @Test
    void describingAVolumeThatIsGoneIsNotFound() throws Exception {
        knowVolumeAndInstance();
        harness.stub("listVolumes", list("listVolumes", "volume"));
        assertEquals("InvalidVolume.NotFound", harness.execute("DescribeVolumes", Map.of("VolumeId.1", VOL))
                .errorCode());
        harness.cloudStack.verify(called("listVolumes").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));
        StorageFixtures.error(harness, "listVolumes", 431, 9999, "Unable to execute API command listvolumes due to "
                + "invalid value. Invalid parameter id value=" + VOLUME_ID);
        assertEquals("InvalidVolume.NotFound", harness.execute("DescribeVolumes", Map.of("VolumeId.1", VOL))
                .errorCode());
    }

    @Test
    void describeVolumesFiltersPushesATagDownAndPages() throws Exception {
        String[] volumes = new String[6];
        for (int i = 0; i < volumes.length; i++) {
            volumes[i] = volume("33333333-0000-0000-0000-00000000000" + i, "DATADISK", "Ready",
                    i == 0 ? VM_ID : null, i == 0 ? 1 : null, FIVE_GIB, null, tag("Name", "data-" + i, "Volume", "x"));
        }
        harness.stub("listVolumes", list("listVolumes", "volume", volumes));

        Ec2Answer byTag = harness.execute("DescribeVolumes", Map.of("Filter.1.Name", "tag:Name",
                "Filter.1.Value.1", "data-3"));
        assertEquals(1, byTag.texts(ITEM).size());
        harness.cloudStack.verify(called("listVolumes").withQueryParam("tags[0].key", WireMock.equalTo("Name"))
                .withQueryParam("tags[0].value", WireMock.equalTo("data-3")));
        Ec2Answer attached = harness.execute("DescribeVolumes", Map.of("Filter.1.Name", "attachment.instance-id",
                "Filter.1.Value.1", VM, "Filter.2.Name", "status", "Filter.2.Value.1", "in-use"));
        assertEquals(List.of("data-0"), attached.texts(ITEM + "/tagSet/item/value"));
        Ec2Answer available = harness.execute("DescribeVolumes", Map.of("Filter.1.Name", "status",
                "Filter.1.Value.1", "available", "Filter.2.Name", "size", "Filter.2.Value.1", "5"));
        assertEquals(5, available.texts(ITEM).size());

        Ec2Answer first = harness.execute("DescribeVolumes", Map.of("MaxResults", "5"));
        assertEquals(5, first.texts(ITEM).size());
        Ec2Answer rest = harness.execute("DescribeVolumes", Map.of("MaxResults", "5",
                "NextToken", first.text("/DescribeVolumesResponse/nextToken")));
        assertEquals(1, rest.texts(ITEM).size());
        assertEquals("InvalidParameterValue", harness.execute("DescribeVolumes", Map.of("MaxResults", "501"))
                .errorCode());
        assertEquals("InvalidParameterCombination", harness.execute("DescribeVolumes", Map.of("MaxResults", "5",
                "VolumeId.1", VOL)).errorCode());
    }
}
