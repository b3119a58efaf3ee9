package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.ImageFixtures.CENTOS;
import static dev.ec2gateway.gateway.translators.ImageFixtures.imageId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CreateImage: createTemplate from a stopped VM's ROOT volume, or from a snapshot of a running VM's. */
class ImageCreationTest {
    private static final String VM = "ecd982af-7b65-4557-b7d4-3282a1aeed9b";
    private static final String ROOT = "5d41abcc-e445-462e-b492-2f2761dff8c1";
    private static final String SNAPSHOT = "e8a8a653-0c9d-409c-9cf1-41069e5ff7ed";
    private static final String TEMPLATE = "8ee46d0a-0281-40cf-8c42-62843acea952";
    private static final String INSTANCE_ID = Ec2Ids.of(Ec2Ids.Kind.INSTANCE, VM);

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private void stubVm(String state) {
        harness.stub("listVirtualMachines", """
                {"listvirtualmachinesresponse":{"count":1,"virtualmachine":[{"id":"%s","name":"ec2-vm1",
                 "state":"%s","zoneid":"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf","templateid":
                 "d4c305a0-e7c0-11f1-ba74-02fc00000001","guestosid":"%s","ostypeid":"%s","tags":[]}]}}"""
                .formatted(VM, state, CENTOS, CENTOS));
        harness.stub("listVolumes", """
                {"listvolumesresponse":{"count":1,"volume":[{"id":"%s","name":"ROOT-38","type":"ROOT",
                 "deviceid":0,"virtualmachineid":"%s","state":"Ready","tags":[]}]}}""".formatted(ROOT, VM));
        harness.stub("createTemplate", "{\"createtemplateresponse\":{\"id\":\"" + TEMPLATE
                + "\",\"jobid\":\"2ceaa850-8425-4e46-8840-d960c5d2e461\"}}");
    }

    @Test
    void aStoppedInstancesRootVolumeBecomesATemplateAtOnce() throws Exception {
        stubVm("Stopped");
        Ec2Answer answer = harness.execute("CreateImage", Map.of("InstanceId", INSTANCE_ID, "Name", "img1",
                "Description", "desc1"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(imageId(TEMPLATE), answer.text("/CreateImageResponse/imageId"));
        harness.cloudStack.verify(1, called("listVolumes").withQueryParam("virtualmachineid", WireMock.equalTo(VM))
                .withQueryParam("type", WireMock.equalTo("ROOT")));
        harness.cloudStack.verify(1, called("createTemplate").withQueryParam("volumeid", WireMock.equalTo(ROOT))
                .withQueryParam("name", WireMock.equalTo("img1"))
                .withQueryParam("displaytext", WireMock.equalTo("desc1"))
                .withQueryParam("ostypeid", WireMock.equalTo(CENTOS)));
        harness.cloudStack.verify(0, called("createSnapshot"));
        harness.cloudStack.verify(0, called("stopVirtualMachine"));
        harness.cloudStack.verify(0, called("queryAsyncJobResult"));
    }

    @Test
    void aRunningInstanceIsSnapshottedNotStoppedAndTheTemplateMadeFromTheSnapshot() throws Exception {
        stubVm("Running");
        harness.stub("createSnapshot", "{\"createsnapshotresponse\":{\"id\":\"" + SNAPSHOT
                + "\",\"jobid\":\"1ffcc42f-68e5-42d5-a80a-3517c26fb13a\"}}");
        harness.stub("queryAsyncJobResult", """
                {"queryasyncjobresultresponse":{"jobstatus":1,"jobresultcode":0,"jobresulttype":"object",
                 "jobresult":{"snapshot":{"id":"%s","volumeid":"%s","volumetype":"ROOT","state":"BackedUp",
                 "tags":[]}},"jobinstancetype":"Snapshot","jobinstanceid":"%s",
                 "jobid":"1ffcc42f-68e5-42d5-a80a-3517c26fb13a"}}""".formatted(SNAPSHOT, ROOT, SNAPSHOT));
        harness.stub("createTags", "{\"createtagsresponse\":{\"jobid\":\"5b1c2d3e-0f4a-4b5c-8d6e-7f8091a2b3c4\"}}");
        Ec2Answer answer = harness.execute("CreateImage", Map.of("InstanceId", INSTANCE_ID, "Name", "img1",
                "NoReboot", "true", "TagSpecification.1.ResourceType", "image",
                "TagSpecification.1.Tag.1.Key", "Name", "TagSpecification.1.Tag.1.Value", "web"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(imageId(TEMPLATE), answer.text("/CreateImageResponse/imageId"));
        harness.cloudStack.verify(1, called("createSnapshot").withQueryParam("volumeid", WireMock.equalTo(ROOT)));
        harness.cloudStack.verify(1, called("queryAsyncJobResult")
                .withQueryParam("jobid", WireMock.equalTo("1ffcc42f-68e5-42d5-a80a-3517c26fb13a")));
        harness.cloudStack.verify(1, called("createTemplate").withQueryParam("snapshotid", WireMock.equalTo(SNAPSHOT))
                .withQueryParam("displaytext", WireMock.equalTo("img1")).withoutQueryParam("volumeid"));
        harness.cloudStack.verify(1, called("createTags").withQueryParam("resourcetype", WireMock.equalTo("Template"))
                .withQueryParam("resourceids", WireMock.equalTo(TEMPLATE))
                .withQueryParam("tags[0].key", WireMock.equalTo("Name")));
        harness.cloudStack.verify(0, called("stopVirtualMachine"));
    }

    @Test
    void anInstanceInTransitIsIncorrectState() throws Exception {
        stubVm("Stopping");
        Ec2Answer answer = harness.execute("CreateImage", Map.of("InstanceId", INSTANCE_ID, "Name", "img1"));
        assertEquals("IncorrectState", answer.errorCode());
        harness.cloudStack.verify(0, called("createTemplate"));
    }

    @Test
    void anUnknownInstanceIsNotFoundAndAMalformedOneMalformed() throws Exception {
        stubVm("Stopped");
        assertEquals("InvalidInstanceID.NotFound", harness.execute("CreateImage",
                Map.of("InstanceId", "i-0123456789abcdef0", "Name", "img1")).errorCode());
        assertEquals("InvalidInstanceID.Malformed", harness.execute("CreateImage",
                Map.of("InstanceId", "vm-1", "Name", "img1")).errorCode());
        assertEquals("MissingParameter", harness.execute("CreateImage", Map.of("InstanceId", INSTANCE_ID)).errorCode());
        harness.cloudStack.verify(0, called("createTemplate"));
    }

    @Test
    void aFailedSnapshotJobIsAnEc2ErrorAndNoTemplateIsAttempted() throws Exception {
        stubVm("Running");
        harness.stub("createSnapshot", "{\"createsnapshotresponse\":{\"id\":\"" + SNAPSHOT
                + "\",\"jobid\":\"1ffcc42f-68e5-42d5-a80a-3517c26fb13a\"}}");
        harness.stub("queryAsyncJobResult", """
                {"queryasyncjobresultresponse":{"jobstatus":2,"jobresultcode":535,"jobresulttype":"object",
                 "jobresult":{"errorcode":535,"errortext":"Maximum number of resources of type 'snapshot' reached"},
                 "jobid":"1ffcc42f-68e5-42d5-a80a-3517c26fb13a"}}""");
        Ec2Answer answer = harness.execute("CreateImage", Map.of("InstanceId", INSTANCE_ID, "Name", "img1"));
        assertEquals("ResourceLimitExceeded", answer.errorCode(), answer.body());
        harness.cloudStack.verify(0, called("createTemplate"));
    }
}
