package dev.ec2gateway.gateway.soap;

import static dev.ec2gateway.gateway.soap.SoapHarness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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

    private static TestCertificate certificate;

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @BeforeAll
    static void makeACertificate(@TempDir Path keytoolDir) throws Exception {
        certificate = TestCertificate.generate(keytoolDir, "soap-storage-user");
    }

    /** The caller's certificate and instance. */
    @BeforeEach
    void aStorageUser() {
        harness.register(certificate.certificate());
        harness.stub("listVirtualMachines", """
                {"listvirtualmachinesresponse":{"count":1,"virtualmachine":[{"id":"%s","name":"ec2-vm1-basic"}]}}"""
                .formatted(VM_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void aVolumeIsCreatedAttachedDescribedDetachedAndDeletedOverSoap(String version) throws Exception {
        SoapClient client = new SoapClient(harness.endpoint(), version);
        Schema schema = WsdlSchema.schema(version);
        harness.stub("listZones", """
                {"listzonesresponse":{"count":1,"zone":[{"id":"%s","name":"Sim-Basic","networktype":"Basic"}]}}"""
                .formatted(ZONE_ID));
        harness.stub("listDiskOfferings", """
                {"listdiskofferingsresponse":{"count":1,"diskoffering":[{"id":"853aab57-d153-415f-9dee-dc1c05bc8545",
                 "name":"Custom","disksize":0,"iscustomized":true}]}}""");
        harness.stub("createVolume", "{\"createvolumeresponse\":{\"id\":\"" + VOLUME_ID + "\",\"jobid\":\"job-c\"}}");

        String create = "<size>5</size><availabilityZone>Sim-Basic</availabilityZone><volumeType>standard</volumeType>"
                + "<clientToken>soap-token-1</clientToken>";
        Element created = call(client, version, "CreateVolume", create, schema);
        assertEquals(VOL, text(created, "volumeId"));
        assertEquals("5", text(created, "size"));
        assertEquals("Sim-Basic", text(created, "availabilityZone"));
        assertEquals("creating", text(created, "status"));
        assertEquals("standard", text(created, "volumeType"));
        assertEquals(VOL, text(call(client, version, "CreateVolume", create, schema), "volumeId"));
        harness.cloudStack.verify(1, called("createVolume").withQueryParam("zoneid", WireMock.equalTo(ZONE_ID))
                .withQueryParam("size", WireMock.equalTo("5")));

        stubVolumes(volume(VOLUME_ID, "Allocated", null));
        harness.cloudStack.stubFor(cloudStack("listVolumes").withQueryParam("virtualmachineid", WireMock.equalTo(VM_ID))
                .willReturn(WireMock.okJson(volumes(volume(ROOT_ID, "Ready", 0)))));
        harness.stub("attachVolume", "{\"attachvolumeresponse\":{\"jobid\":\"job-a\"}}");
        Element attached = call(client, version, "AttachVolume", "<volumeId>" + VOL + "</volumeId><instanceId>" + VM
                + "</instanceId><device>/dev/sdf</device>", schema);
        assertEquals(VM, text(attached, "instanceId"));
        assertEquals("/dev/sdf", text(attached, "device"));
        assertEquals("attaching", text(attached, "status"));
        harness.cloudStack.verify(1, called("attachVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID))
                .withQueryParam("virtualmachineid", WireMock.equalTo(VM_ID))
                .withQueryParam("deviceid", WireMock.equalTo("6")));

        stubVolumes(volume(VOLUME_ID, "Ready", 6, "Name", "data-1"), volume(OTHER_VOLUME_ID, "Ready", null));
        Element described = call(client, version, "DescribeVolumes", "<volumeSet><item><volumeId>" + VOL
                + "</volumeId></item></volumeSet>", schema);
        assertEquals(List.of(VOL), itemTexts(first(described, "volumeSet"), "volumeId"));
        assertEquals("in-use", text(described, "status"));
        Element attachment = first(described, "attachmentSet");
        assertEquals(List.of(VM), itemTexts(attachment, "instanceId"));
        assertEquals("/dev/sdf", text(attachment, "device"));
        assertEquals("attached", text(attachment, "status"));
        assertEquals("2026-11-24T05:33:33.000Z", text(attachment, "attachTime"));
        assertEquals("data-1", text(first(described, "tagSet"), "value"));
        harness.cloudStack.verify(called("listVolumes").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));

        Element tagged = call(client, version, "DescribeVolumes", "<volumeSet/>" + filter("tag:Name", "data-1"), schema);
        assertEquals(List.of(VOL), itemTexts(first(tagged, "volumeSet"), "volumeId"));
        harness.cloudStack.verify(called("listVolumes").withQueryParam("tags[0].key", WireMock.equalTo("Name")));

        harness.stub("detachVolume", "{\"detachvolumeresponse\":{\"jobid\":\"job-d\"}}");
        Element detached = call(client, version, "DetachVolume", "<volumeId>" + VOL + "</volumeId><instanceId>" + VM
                + "</instanceId><device>/dev/sdf</device><force>false</force>", schema);
        assertEquals("detaching", text(detached, "status"));
        assertEquals("2026-11-24T05:33:33.000Z", text(detached, "attachTime"));
        harness.cloudStack.verify(1, called("detachVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));

        harness.stub("deleteVolume", "{\"deletevolumeresponse\":{\"success\":true}}");
        Element deleted = call(client, version, "DeleteVolume", "<volumeId>" + VOL + "</volumeId>", schema);
        assertEquals("true", text(deleted, "return"));
        harness.cloudStack.verify(1, called("deleteVolume").withQueryParam("id", WireMock.equalTo(VOLUME_ID)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void aSnapshotIsCreatedDescribedAndDeletedOverSoap(String version) throws Exception {
        SoapClient client = new SoapClient(harness.endpoint(), version);
        Schema schema = WsdlSchema.schema(version);
        stubVolumes(volume(VOLUME_ID, "Ready", null));
        harness.stub("createSnapshot", "{\"createsnapshotresponse\":{\"id\":\"" + SNAPSHOT_ID
                + "\",\"jobid\":\"job-s\"}}");

        Element created = call(client, version, "CreateSnapshot", "<volumeId>" + VOL
                + "</volumeId><description>nightly</description>", schema);
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
        Element described = call(client, version, "DescribeSnapshots", "<snapshotSet><item><snapshotId>" + SNAP
                + "</snapshotId></item></snapshotSet><ownersSet><item><owner>self</owner></item></ownersSet>"
                + "<restorableBySet><item><user>self</user></item></restorableBySet>", schema);
        assertEquals(List.of(SNAP), itemTexts(first(described, "snapshotSet"), "snapshotId"));
        assertEquals("completed", text(described, "status"));
        assertEquals("100%", text(described, "progress"));
        assertEquals("2026-11-24T05:33:33.000Z", text(described, "startTime"));
        assertEquals("snap-1", text(first(described, "tagSet"), "value"));
        harness.cloudStack.verify(called("listSnapshots").withQueryParam("id", WireMock.equalTo(SNAPSHOT_ID)));

        Element completed = call(client, version, "DescribeSnapshots", "<snapshotSet/><ownersSet><item><owner>ec2user"
                + "</owner></item></ownersSet>" + filter("status", "completed"), schema);
        assertEquals(List.of(SNAP), itemTexts(first(completed, "snapshotSet"), "snapshotId"));
        Element others = call(client, version, "DescribeSnapshots",
                "<snapshotSet/><ownersSet><item><owner>another-account</owner></item></ownersSet>", schema);
        assertEquals(List.of(), itemTexts(first(others, "snapshotSet"), "snapshotId"));

        harness.stub("deleteSnapshot", "{\"deletesnapshotresponse\":{\"jobid\":\"job-ds\"}}");
        Element deleted = call(client, version, "DeleteSnapshot", "<snapshotId>" + SNAP + "</snapshotId>", schema);
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

    private static Element call(SoapClient client, String version, String action, String body, Schema schema)
            throws Exception {
        return signedCall(certificate, client, version, action, body, schema);
    }

    /** Sends a signed request, both request and answer valid against the schema, and checks the answer's frame. */
    static Element signedCall(TestCertificate signer, SoapClient client, String version, String action, String body,
                              Schema schema) throws Exception {
        Document envelope = SoapSigner.envelope(version, action, body);
        schema.newValidator().validate(new DOMSource(first(envelope.getDocumentElement(), action)));
        Element answer = client.call(action, SoapSigner.sign(envelope, signer));
        assertEquals(action + "Response", answer.getLocalName());
        assertEquals(client.namespace, answer.getNamespaceURI());
        assertTrue(first(answer, "requestId").getTextContent().matches("[0-9a-f-]{36}"));
        schema.newValidator().validate(new DOMSource(answer));
        return answer;
    }

    static Element first(Element element, String name) {
        return (Element) element.getElementsByTagNameNS("*", name).item(0);
    }

    static String text(Element element, String name) {
        return first(element, name).getTextContent();
    }

    /** The {@code name} of each item of a set (its own items, not those of sets inside them), in order. */
    static List<String> itemTexts(Element set, String name) {
        List<String> found = new ArrayList<>();
        for (Element item : children(set, "item")) {
            children(item, name).forEach(e -> found.add(e.getTextContent()));
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
