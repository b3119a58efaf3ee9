package dev.ec2gateway.gateway.soap;

import static dev.ec2gateway.gateway.soap.SoapHarness.called;
import static dev.ec2gateway.gateway.soap.SoapXml.first;
import static dev.ec2gateway.gateway.soap.SoapXml.itemTexts;
import static dev.ec2gateway.gateway.soap.SoapXml.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * A SOAP tool's volume and snapshot session through the gateway over the oldest and the newest EC2
 * namespace: each request in Amazon's element names, each answer valid against the gateway's WSDL.
 */
class SoapStorageSessionTest {
    private static final String ZONE_ID = "a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf";
    static final String VM_ID = "ecd982af-7b65-4557-b7d4-3282a1aeed9b";
    static final String VOLUME_ID = "b2566ab6-c9e9-4e30-9c74-5e74e53206fa";
    private static final String ROOT_ID = "5d41abcc-e445-462e-b492-2f2761dff8c1";
    private static final String OTHER_VOLUME_ID = "11111111-0000-0000-0000-000000000001";
    private static final String SNAPSHOT_ID = "a386005f-1b40-41de-a94f-7669457a8c80";
    private static final String PENDING_SNAPSHOT_ID = "a386005f-0000-0000-0000-000000000002";
    static final String VOL = Ec2Ids.of(Kind.VOLUME, VOLUME_ID);
    static final String VM = Ec2Ids.of(Kind.INSTANCE, VM_ID);
    private static final String SNAP = Ec2Ids.of(Kind.SNAPSHOT, SNAPSHOT_ID);

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    /** The caller's instance. */
    @BeforeEach
    void aStorageUser() {
        harness.stub("listVirtualMachines", """
                {"listvirtualmachinesresponse":{"count":1,"virtualmachine":[{"id":"%s","name":"ec2-vm1-basic"}]}}"""
                .formatted(VM_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void aVolumeIsCreatedAttachedDescribedDetachedAndDeletedOverSoap(String version) throws Exception {
        SignedSession soap = harness.session(version);
        harness.stub("listZones", """
                {"listzonesresponse":{"count":1,"zone":[{"id":"%s","name":"Sim-Basic","networktype":"Basic"}]}}"""
                .formatted(ZONE_ID));
        harness.stub("listDiskOfferings", """
                {"listdiskofferingsresponse":{"count":1,"diskoffering":[{"id":"853aab57-d153-415f-9dee-dc1c05bc8545",
                 "name":"Custom","disksize":0,"iscustomized":true}]}}""");
        harness.stub("createVolume", "{\"createvolumeresponse\":{\"id\":\"" + VOLUME_ID + "\",\"jobid\":\"job-c\"}}");

        String create = "<size>5</size><availabilityZone>Sim-Basic</availabilityZone><volumeType>standard</volumeType>"
                + "<clientToken>soap-token-1</clientToken>";
        Element created = soap.call("CreateVolume", create);
        assertEquals(VOL, text(created, "volumeId"));
        assertEquals("5", text(created, "size"));
        assertEquals("Sim-Basic", text(created, "availabilityZone"));
        assertEquals("creating", text(created, "status"));
        assertEquals("standard", text(created, "volumeType"));
        assertEquals(VOL, text(soap.call("CreateVolume", create), "volumeId"));
        harness.cloudStack.verify(1, called("createVolume").withQueryParam("zoneid", WireMock.equalTo(ZONE_ID))
                .withQueryParam("size", WireMock.equalTo("5")));

        stubVolumes(volume(VOLUME_ID, "Allocated", null));
        harness.cloudStack.stubFor(cloudStack("listVolumes").withQueryParam("virtualmachineid", WireMock.equalTo(VM_ID))
                .willReturn(WireMock.okJson(volumes(volume(ROOT_ID, "Ready", 0)))));
        harness.stub("attachVolume", "{\"attachvolumeresponse\":{\"jobid\":\"job-a\"}}");
        Element attached = soap.call("AttachVolume", "<volumeId>" + VOL + "</volumeId><instanceId>" + VM
                + "</instanceId><device>/dev/sdf</device>");
        assertEquals(VM, text(attached, "instanceId"));
        assertEquals("/dev/sdf", text(attached, "device"));
        assertEquals("attaching", text(attached, "status"));
        harness.cloudStack.verify(1, called("attachVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("virtualmachineid", WireMock.equalTo(VM_ID))
                .withQueryParam("deviceid", WireMock.equalTo("6")));

        stubVolumes(volume(VOLUME_ID, "Ready", 6, "Name", "data-1"), volume(OTHER_VOLUME_ID, "Ready", null));
        Element described = soap.call("DescribeVolumes", "<volumeSet><item><volumeId>" + VOL
                + "</volumeId></item></volumeSet>");
        assertEquals(List.of(VOL), itemTexts(first(described, "volumeSet"), "volumeId"));
        assertEquals("in-use", text(described, "status"));
        Element attachment = first(described, "attachmentSet");
        assertEquals(List.of(VM), itemTexts(attachment, "instanceId"));
        assertEquals("/dev/sdf", text(attachment, "device"));
        assertEquals("attached", text(attachment, "status"));
        assertEquals("2026-11-24T05:33:33.000Z", text(attachment, "attachTime"));
        assertEquals("data-1", text(first(described, "tagSet"), "value"));
        harness.cloudStack.verify(called("listVolumes").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));

        Element tagged = soap.call("DescribeVolumes", "<volumeSet/>" + filter("tag:Name", "data-1"));
        assertEquals(List.of(VOL), itemTexts(first(tagged, "volumeSet"), "volumeId"));
        harness.cloudStack.verify(called("listVolumes").withQueryParam("tags[0].key", WireMock.equalTo("Name")));

        harness.stub("detachVolume", "{\"detachvolumeresponse\":{\"jobid\":\"job-d\"}}");
        Element detached = soap.call("DetachVolume", "<volumeId>" + VOL + "</volumeId><instanceId>" + VM
                + "</instanceId><device>/dev/sdf</device><force>false</force>");
        assertEquals("detaching", text(detached, "status"));
        assertEquals("2026-11-24T05:33:33.000Z", text(detached, "attachTime"));
        harness.cloudStack.verify(1, called("detachVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));

        harness.stub("deleteVolume", "{\"deletevolumeresponse\":{\"success\":true}}");
        Element deleted = soap.call("DeleteVolume", "<volumeId>" + VOL + "</volumeId>");
        assertEquals("true", text(deleted, "return"));
        harness.cloudStack.verify(1, called("deleteVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void aSnapshotIsCreatedDescribedAndDeletedOverSoap(String version) throws Exception {
        SignedSession soap = harness.session(version);
        stubVolumes(volume(VOLUME_ID, "Ready", null));
        harness.stub("createSnapshot", "{\"createsnapshotresponse\":{\"id\":\"" + SNAPSHOT_ID
                + "\",\"jobid\":\"job-s\"}}");

        Element created = soap.call("CreateSnapshot", "<volumeId>" + VOL
                + "</volumeId><description>nightly</description>");
        assertEquals(SNAP, text(created, "snapshotId"));
        assertEquals(VOL, text(created, "volumeId"));
        assertEquals("pending", text(created, "status"));
        assertEquals("0%", text(created, "progress"));
        assertEquals("ec2user", text(created, "ownerId"));
        assertEquals("5", text(created, "volumeSize"));
        assertEquals("nightly", text(created, "description"));
        harness.cloudStack.verify(1, called("createSnapshot").withQueryParam("volumeid", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("name", WireMock.equalTo("nightly")));

        harness.stub("listSnapshots", """
                {"listsnapshotsresponse":{"count":2,"snapshot":[%s,%s]}}""".formatted(
                snapshot(SNAPSHOT_ID, "BackedUp", "{\"key\":\"Name\",\"value\":\"snap-1\"}"),
                snapshot(PENDING_SNAPSHOT_ID, "Creating", "")));
        Element described = soap.call("DescribeSnapshots", "<snapshotSet><item><snapshotId>" + SNAP
                + "</snapshotId></item></snapshotSet><ownersSet><item><owner>self</owner></item></ownersSet>"
                + "<restorableBySet><item><user>self</user></item></restorableBySet>");
        assertEquals(List.of(SNAP), itemTexts(first(described, "snapshotSet"), "snapshotId"));
        assertEquals("completed", text(described, "status"));
        assertEquals("100%", text(described, "progress"));
        assertEquals("2026-11-24T05:33:33.000Z", text(described, "startTime"));
        assertEquals("snap-1", text(first(described, "tagSet"), "value"));
        harness.cloudStack.verify(called("listSnapshots").withQueryParam("id", WireMock.equalTo(SNAPSHOT_ID)));

        Element completed = soap.call("DescribeSnapshots", "<snapshotSet/><ownersSet><item><owner>ec2user"
                + "</owner></item></ownersSet>" + filter("status", "completed"));
        assertEquals(List.of(SNAP), itemTexts(first(completed, "snapshotSet"), "snapshotId"));
        Element others = soap.call("DescribeSnapshots",
                "<snapshotSet/><ownersSet><item><owner>another-account</owner></item></ownersSet>");
        assertEquals(List.of(), itemTexts(first(others, "snapshotSet"), "snapshotId"));

        harness.stub("deleteSnapshot", "{\"deletesnapshotresponse\":{\"jobid\":\"job-ds\"}}");
        Element deleted = soap.call("DeleteSnapshot", "<snapshotId>" + SNAP + "</snapshotId>");
        assertEquals("true", text(deleted, "return"));
        harness.cloudStack.verify(1, called("deleteSnapshot").withQueryParam("id", WireMock.equalTo(SNAPSHOT_ID)));
    }

    private void stubVolumes(String... volumes) {
        harness.stub("listVolumes", volumes(volumes));
    }

    private static String volumes(String... volumes) {
        return "{\"listvolumesresponse\":{\"count\":" + volumes.length + ",\"volume\":[" + String.join(",", volumes)
                + "]}}";
    }

    /** A volume of 5 GiB as listVolumes shows it; attached to the VM at {@code deviceId} unless that is null. */
    private static String volume(String id, String state, Integer deviceId, String... tag) {
        String attachment = deviceId == null ? "" : """
                "deviceid":%d,"virtualmachineid":"%s","attached":"2026-11-24T05:33:33+0000",""".formatted(deviceId, VM_ID);
        String tags = tag.length == 0 ? "" : """
                {"key":"%s","value":"%s","resourcetype":"Volume","resourceid":"%s"}""".formatted(tag[0], tag[1], id);
        return """
                {"id":"%s","zoneid":"%s","zonename":"Sim-Basic","type":"%s",%s"size":5368709120,
                 "created":"2026-11-24T05:33:31+0000","state":"%s","account":"ec2user","tags":[%s]}"""
                .formatted(id, ZONE_ID, deviceId != null && deviceId == 0 ? "ROOT" : "DATADISK", attachment, state,
                        tags);
    }

    private static String snapshot(String id, String state, String tag) {
        return """
                {"id":"%s","account":"ec2user","volumeid":"%s","name":"nightly","created":"2026-11-24T05:33:33+0000",
                 "state":"%s","virtualsize":5368709120,"tags":[%s]}""".formatted(id, VOLUME_ID, state, tag);
    }

    static MappingBuilder cloudStack(String command) {
        return WireMock.get(WireMock.urlPathEqualTo("/client/api")).withQueryParam("command", WireMock.equalTo(command));
    }

    /** A filterSet of one filter with one value, as EC2's SOAP requests write it. */
    static String filter(String name, String value) {
        return "<filterSet><item><name>" + name + "</name><valueSet><item><value>" + value
                + "</value></item></valueSet></item></filterSet>";
    }
}
