package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstanceTranslatorTest {
    static final String VM_1 = "ecd982af-7b65-4557-b7d4-3282a1aeed9b";
    static final String VM_2 = "70696bf2-6200-4e12-a755-f12ba8ce2ad2";
    static final String TEMPLATE = "d4c305a0-e7c0-11f1-ba74-02fc00000001";
    static final String ZONE = "a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf";
    static final String OFFERING = "c5fc2952-be88-4bc9-8bf4-c618c030809c";
    static final String GROUP = "829684f7-450e-483c-a320-564bf3affa75";
    static final String ROOT_1 = "5d41abcc-e445-462e-b492-2f2761dff8c1";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    static String vm(String id, String state, String extra) {
        return """
                {"id":"%s","name":"web-%s","displayname":"web","account":"ec2user","domain":"ROOT",
                 "created":"2026-11-24T05:33:18+0000","state":"%s","zoneid":"%s","zonename":"Sim-Basic",
                 "templateid":"%s","serviceofferingid":"%s","serviceofferingname":"m1.small","cpunumber":1,
                 "memory":1740,"securitygroup":[{"id":"%s","name":"web","ingressrule":[],"egressrule":[],"tags":[]}],
                 "nic":[{"id":"19e2bce9-6f9e-4298-9897-5073967ac2ed","networkid":"16eb0670-b79e-44b8-b462-fc9c390a8a65",
                 "ipaddress":"10.147.41.%d","traffictype":"Guest","type":"Shared","isdefault":true,"deviceid":"0"}],
                 "hypervisor":"Simulator","keypairs":"kp1","affinitygroup":[],"tags":[%s]}"""
                .formatted(id, id.substring(0, 4), state, ZONE, TEMPLATE, OFFERING, GROUP,
                        10 + Math.abs(id.hashCode() % 200), extra);
    }

    static String tag(String key, String value) {
        return "{\"key\":\"%s\",\"value\":\"%s\",\"resourcetype\":\"UserVm\"}".formatted(key, value);
    }

    private void stubVms(String... vms) {
        harness.stub("listVirtualMachines", vms.length == 0 ? "{\"listvirtualmachinesresponse\":{}}"
                : "{\"listvirtualmachinesresponse\":{\"count\":" + vms.length + ",\"virtualmachine\":["
                + String.join(",", vms) + "]}}");
    }

    private void stubRootVolumes() {
        harness.stub("listVolumes", """
                {"listvolumesresponse":{"count":1,"volume":[{"id":"%s","name":"ROOT-38","type":"ROOT","deviceid":0,
                 "virtualmachineid":"%s","vmstate":"Running","size":2147483648,"created":"2026-11-24T05:33:18+0000",
                 "state":"Ready"}]}}""".formatted(ROOT_1, VM_1));
    }

    private void stubJob(String command) {
        harness.stub(command, "{\"" + command.toLowerCase() + "response\":{\"jobid\":\"job-" + command + "\"}}");
    }

    private static String id(String uuid) {
        return Ec2Ids.of(Kind.INSTANCE, uuid);
    }

    @Test
    void describeInstancesShowsEveryFieldClientsReadWithItsRootVolume() throws Exception {
        stubVms(vm(VM_1, "Running", tag("Name", "web-1")));
        stubRootVolumes();
        Ec2Answer answer = harness.execute("DescribeInstances", Map.of());
        assertEquals(200, answer.status(), answer.body());
        String item = "/DescribeInstancesResponse/reservationSet/item/instancesSet/item/";
        assertEquals(id(VM_1), answer.text(item + "instanceId"));
        assertEquals(Ec2Ids.of(Kind.RESERVATION, VM_1), answer.text("/DescribeInstancesResponse/reservationSet/item/reservationId"));
        assertEquals("ec2user", answer.text("/DescribeInstancesResponse/reservationSet/item/ownerId"));
        assertEquals(Ec2Ids.of(Kind.IMAGE, TEMPLATE), answer.text(item + "imageId"));
        assertEquals("16", answer.text(item + "instanceState/code"));
        assertEquals("running", answer.text(item + "instanceState/name"));
        assertEquals("kp1", answer.text(item + "keyName"));
        assertEquals("m1.small", answer.text(item + "instanceType"));
        assertEquals("2026-11-24T05:33:18.000Z", answer.text(item + "launchTime"));
        assertEquals("Sim-Basic", answer.text(item + "placement/availabilityZone"));
        assertEquals("default", answer.text(item + "placement/tenancy"));
        assertEquals("disabled", answer.text(item + "monitoring/state"));
        assertTrue(answer.text(item + "privateIpAddress").startsWith("10.147.41."));
        assertEquals(Ec2Ids.of(Kind.SECURITY_GROUP, GROUP), answer.text(item + "groupSet/item/groupId"));
        assertEquals("web", answer.text(item + "groupSet/item/groupName"));
        assertEquals("x86_64", answer.text(item + "architecture"));
        assertEquals("ebs", answer.text(item + "rootDeviceType"));
        assertEquals("/dev/sda1", answer.text(item + "rootDeviceName"));
        assertEquals(Ec2Ids.of(Kind.VOLUME, ROOT_1), answer.text(item + "blockDeviceMapping/item/ebs/volumeId"));
        assertEquals("hvm", answer.text(item + "virtualizationType"));
        assertEquals("xen", answer.text(item + "hypervisor"));
        assertEquals("web-1", answer.text(item + "tagSet/item[key='Name']/value"));
        assertEquals("false", answer.text(item + "ebsOptimized"));
        // Nothing narrows the listing, so the ROOT volumes are walked beside the VMs, not after them.
        harness.cloudStack.verify(1, called("listVolumes").withQueryParam("type", WireMock.equalTo("ROOT"))
                .withQueryParam("virtualmachineid", WireMock.absent()));
    }

    @Test
    void describeInstancesNarrowedToOneVmListsOnlyThatVmsRootVolume() throws Exception {
        stubVms(vm(VM_1, "Running", tag("env", "prod")));
        stubRootVolumes();
        Ec2Answer answer = harness.execute("DescribeInstances", Map.of("Filter.1.Name", "tag:env",
                "Filter.1.Value.1", "prod"));
        assertEquals(Ec2Ids.of(Kind.VOLUME, ROOT_1), answer.text("//instancesSet/item/blockDeviceMapping/item/ebs/volumeId"));
        harness.cloudStack.verify(1, called("listVolumes").withQueryParam("type", WireMock.equalTo("ROOT"))
                .withQueryParam("virtualmachineid", WireMock.equalTo(VM_1)));
    }

    @Test
    void describeInstancesFiltersWithWildcardsAndTags() throws Exception {
        stubVms(vm(VM_1, "Running", tag("env", "prod")), vm(VM_2, "Stopped", tag("env", "test")));
        stubRootVolumes();
        String ids = "/DescribeInstancesResponse/reservationSet/item/instancesSet/item/instanceId";
        assertEquals(List.of(id(VM_2)), harness.execute("DescribeInstances", Map.of("Filter.1.Name",
                "instance-state-name", "Filter.1.Value.1", "stopped")).texts(ids));
        assertEquals(List.of(id(VM_1)), harness.execute("DescribeInstances", Map.of("Filter.1.Name",
                "instance-state-code", "Filter.1.Value.1", "16")).texts(ids));
        assertEquals(List.of(id(VM_1)), harness.execute("DescribeInstances", Map.of("Filter.1.Name", "tag-value",
                "Filter.1.Value.1", "pr*")).texts(ids));
        assertEquals(List.of(id(VM_1), id(VM_2)), harness.execute("DescribeInstances", Map.of("Filter.1.Name",
                "instance-type", "Filter.1.Value.1", "m?.small")).texts(ids));
        assertEquals("InvalidParameterValue", harness.execute("DescribeInstances", Map.of("Filter.1.Name",
                "colour", "Filter.1.Value.1", "red")).errorCode());
        // The walk over all VMs lists the ROOT volumes of all of them in one call.
        harness.cloudStack.verify(WireMock.moreThanOrExactly(1), called("listVolumes")
                .withQueryParam("type", WireMock.equalTo("ROOT")).withQueryParam("virtualmachineid", WireMock.absent()));
    }

    @Test
    void describeInstancesPushesAnExactTagFilterAndTheZoneDownToCloudStack() throws Exception {
        stubVms(vm(VM_1, "Running", tag("env", "prod")));
        stubRootVolumes();
        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":\"" + ZONE
                + "\",\"name\":\"Sim-Basic\",\"networktype\":\"Basic\",\"allocationstate\":\"Enabled\"}]}}");
        Ec2Answer answer = harness.execute("DescribeInstances", Map.of("Filter.1.Name", "tag:env",
                "Filter.1.Value.1", "prod", "Filter.2.Name", "availability-zone", "Filter.2.Value.1", "Sim-Basic"));
        assertEquals(List.of(id(VM_1)), answer.texts("//instancesSet/item/instanceId"));
        harness.cloudStack.verify(1, called("listVirtualMachines").withQueryParam("tags[0].key", WireMock.equalTo("env"))
                .withQueryParam("tags[0].value", WireMock.equalTo("prod"))
                .withQueryParam("zoneid", WireMock.equalTo(ZONE)));
    }

    @Test
    void describeInstancesPagesWithMaxResultsAndRefusesItWithInstanceIds() throws Exception {
        List<String> vms = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            vms.add(vm("0000000" + i + "-7b65-4557-b7d4-3282a1aeed9b", "Running", ""));
            roots.add("{\"id\":\"root-%d\",\"type\":\"ROOT\",\"virtualmachineid\":\"0000000%d-7b65-4557-b7d4-3282a1aeed9b\","
                    .formatted(i, i) + "\"created\":\"2026-11-24T05:33:18+0000\",\"state\":\"Ready\"}");
        }
        stubVms(vms.toArray(String[]::new));
        harness.stub("listVolumes", "{\"listvolumesresponse\":{\"count\":7,\"volume\":[" + String.join(",", roots)
                + "]}}");
        Ec2Answer first = harness.execute("DescribeInstances", Map.of("MaxResults", "5"));
        assertEquals(5, first.texts("//instancesSet/item/instanceId").size());
        String token = first.text("/DescribeInstancesResponse/nextToken");
        Ec2Answer second = harness.execute("DescribeInstances", Map.of("MaxResults", "5", "NextToken", token));
        assertEquals(2, second.texts("//instancesSet/item/instanceId").size());
        assertEquals(Ec2Ids.of(Kind.VOLUME, "root-6"), second.texts("//blockDeviceMapping/item/ebs/volumeId").get(1));
        assertEquals("", second.text("/DescribeInstancesResponse/nextToken"));
        // CloudStack cuts the pages (the gateway's page size is 500) and the ROOT volumes are listed once per walk.
        harness.cloudStack.verify(2, called("listVirtualMachines").withQueryParam("page", WireMock.equalTo("1"))
                .withQueryParam("pagesize", WireMock.equalTo("500")));
        harness.cloudStack.verify(1, called("listVolumes"));
        assertEquals("InvalidParameterValue", harness.execute("DescribeInstances", Map.of("MaxResults", "4"))
                .errorCode());
        assertEquals("InvalidParameterCombination", harness.execute("DescribeInstances", Map.of("MaxResults", "5",
                "InstanceId.1", id(VM_1))).errorCode());
    }

    @Test
    void describeInstancesByIdPassesTheUuidsAndAnswersNotFoundForAnUnknownId() throws Exception {
        harness.idIndex.remember(id(VM_1), Kind.INSTANCE, VM_1);
        stubVms(vm(VM_1, "Running", ""));
        stubRootVolumes();
        Ec2Answer answer = harness.execute("DescribeInstances", Map.of("InstanceId.1", id(VM_1)));
        assertEquals(List.of(id(VM_1)), answer.texts("//instancesSet/item/instanceId"));
        harness.cloudStack.verify(1, called("listVirtualMachines").withQueryParam("ids", WireMock.equalTo(VM_1)));

        Ec2Answer unknown = harness.execute("DescribeInstances", Map.of("InstanceId.1", "i-0123456789abcdef0"));
        assertEquals("InvalidInstanceID.NotFound", unknown.errorCode());
        assertEquals("InvalidInstanceID.Malformed", harness.execute("DescribeInstances",
                Map.of("InstanceId.1", "i-nothex")).errorCode());
    }

    @Test
    void aTerminatedInstanceStaysListedAsTerminatedForTheConfiguredTime() throws Exception {
        harness.idIndex.remember(id(VM_1), Kind.INSTANCE, VM_1);
        stubVms(vm(VM_1, "Running", ""));
        stubRootVolumes();
        stubJob("destroyVirtualMachine");
        Ec2Answer terminated = harness.execute("TerminateInstances", Map.of("InstanceId.1", id(VM_1)));
        assertEquals(200, terminated.status(), terminated.body());
        assertEquals("shutting-down", terminated.text("//instancesSet/item/currentState/name"));
        assertEquals("32", terminated.text("//instancesSet/item/currentState/code"));
        assertEquals("running", terminated.text("//instancesSet/item/previousState/name"));
        harness.cloudStack.verify(1, called("destroyVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1))
                .withQueryParam("expunge", WireMock.absent()));

        // CloudStack still shows it on its way down, then hides it.
        stubVms(vm(VM_1, "Stopping", "").replace("\"tags\":[]", "\"tags\":[],\"jobid\":\"j\",\"jobstatus\":0"));
        assertEquals("shutting-down", harness.execute("DescribeInstances", Map.of())
                .text("//instancesSet/item/instanceState/name"));
        stubVms();
        Ec2Answer gone = harness.execute("DescribeInstances", Map.of("InstanceId.1", id(VM_1)));
        assertEquals("terminated", gone.text("//instancesSet/item/instanceState/name"));
        assertEquals("48", gone.text("//instancesSet/item/instanceState/code"));
        assertEquals(List.of(id(VM_1)), harness.execute("DescribeInstances", Map.of("Filter.1.Name",
                "instance-state-name", "Filter.1.Value.1", "terminated")).texts("//instancesSet/item/instanceId"));
        Ec2Answer again = harness.execute("TerminateInstances", Map.of("InstanceId.1", id(VM_1)));
        assertEquals("terminated", again.text("//instancesSet/item/currentState/name"));
        harness.cloudStack.verify(1, called("destroyVirtualMachine"));
        assertEquals("IncorrectInstanceState", harness.execute("StartInstances", Map.of("InstanceId.1", id(VM_1)))
                .errorCode());
    }

    @Test
    void aTerminationOlderThanTheWindowIsForgotten() throws Exception {
        harness.instanceHistory.terminating(Ec2Harness.ACCESS_KEY, new dev.ec2gateway.actions.instances.InstanceHistory
                .Terminated(VM_2, "ec2user", sampleView(id(VM_2)), Instant.now().minus(Duration.ofMinutes(61))));
        stubVms();
        Ec2Answer answer = harness.execute("DescribeInstances", Map.of());
        assertEquals(List.of(), answer.texts("//instancesSet/item/instanceId"));
    }

    private static dev.ec2gateway.actions.instances.Instance sampleView(String instanceId) {
        return new dev.ec2gateway.actions.instances.Instance(instanceId, "ami-0123456789abcdef0",
                new dev.ec2gateway.actions.instances.InstanceState(16, "running"), "", "", "", null, 0, List.of(),
                "m1.small", Instant.now(), null, null, null, null, null, null, true, List.of(), "x86_64", "ebs",
                "/dev/sda1", List.of(), "hvm", "", List.of(), "xen", false);
    }

    @Test
    void startStopAndRebootSubmitTheirJobsAndAnswerWhereEachInstanceIsHeading() throws Exception {
        harness.idIndex.remember(id(VM_1), Kind.INSTANCE, VM_1);
        harness.idIndex.remember(id(VM_2), Kind.INSTANCE, VM_2);
        stubVms(vm(VM_1, "Running", ""), vm(VM_2, "Stopped", ""));
        stubRootVolumes();
        stubJob("stopVirtualMachine");
        stubJob("startVirtualMachine");
        stubJob("rebootVirtualMachine");
        Ec2Answer stopped = harness.execute("StopInstances", Map.of("InstanceId.1", id(VM_1), "InstanceId.2", id(VM_2),
                "Force", "true"));
        assertEquals(200, stopped.status(), stopped.body());
        assertEquals(List.of("stopping", "stopped"), stopped.texts("//instancesSet/item/currentState/name"));
        assertEquals(List.of("64", "80"), stopped.texts("//instancesSet/item/currentState/code"));
        harness.cloudStack.verify(1, called("stopVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1))
                .withQueryParam("forced", WireMock.equalTo("true")));

        Ec2Answer started = harness.execute("StartInstances", Map.of("InstanceId.1", id(VM_2)));
        assertEquals("pending", started.text("//instancesSet/item/currentState/name"));
        assertEquals("stopped", started.text("//instancesSet/item/previousState/name"));
        harness.cloudStack.verify(1, called("startVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_2)));

        assertEquals("true", harness.execute("RebootInstances", Map.of("InstanceId.1", id(VM_1)))
                .text("/RebootInstancesResponse/return"));
        harness.cloudStack.verify(1, called("rebootVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1)));
        assertEquals("IncorrectInstanceState", harness.execute("RebootInstances", Map.of("InstanceId.1", id(VM_2)))
                .errorCode());
    }

    @Test
    void aStateCloudStackRefusesAtOnceIsIncorrectInstanceState() throws Exception {
        harness.idIndex.remember(id(VM_2), Kind.INSTANCE, VM_2);
        stubVms(vm(VM_2, "Stopped", ""));
        stubRootVolumes();
        harness.stub("startVirtualMachine", 431, "{\"startvirtualmachineresponse\":{\"uuidList\":[],\"errorcode\":431,"
                + "\"cserrorcode\":4350,\"errortext\":\"VM is in a wrong state\"}}");
        Ec2Answer answer = harness.execute("StartInstances", Map.of("InstanceId.1", id(VM_2)));
        assertEquals(400, answer.status());
        assertEquals("IncorrectInstanceState", answer.errorCode());
    }

    private void stubLaunchCatalog() {
        harness.stub("listTemplates", "{\"listtemplatesresponse\":{\"count\":1,\"template\":[{\"id\":\"" + TEMPLATE
                + "\",\"name\":\"CentOS\"}]}}");
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listServiceOfferings")
                .withQueryParam("name", WireMock.equalTo("m1.small")).willReturn(WireMock.okJson(
                        "{\"listserviceofferingsresponse\":{\"count\":1,\"serviceoffering\":[{\"id\":\"" + OFFERING
                                + "\",\"name\":\"m1.small\",\"cpunumber\":1,\"cpuspeed\":1000,\"memory\":1740}]}}")));
        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":\"" + ZONE
                + "\",\"name\":\"Sim-Basic\",\"networktype\":\"Basic\",\"allocationstate\":\"Enabled\"}]}}");
        harness.stub("deployVirtualMachine", "{\"deployvirtualmachineresponse\":{\"id\":\"" + VM_1
                + "\",\"jobid\":\"f0df6038-f9a1-469a-8e97-8ab6f57e2776\"}}");
        stubJob("createTags");
        stubVms(vm(VM_1, "Stopped", "").replace("\"tags\":[]", "\"tags\":[],\"jobid\":\"j\",\"jobstatus\":0"));
    }

    private static Map<String, String> launch(String token) {
        Map<String, String> params = new HashMap<>(Map.of("ImageId", Ec2Ids.of(Kind.IMAGE, TEMPLATE),
                "MinCount", "1", "MaxCount", "1", "InstanceType", "m1.small", "KeyName", "kp1",
                "UserData", "IyEvYmluL3NoCg==", "SecurityGroup.1", "web",
                "TagSpecification.1.ResourceType", "instance", "TagSpecification.1.Tag.1.Key", "Name",
                "TagSpecification.1.Tag.1.Value", "web-1"));
        if (token != null) {
            params.put("ClientToken", token);
        }
        return params;
    }

    @Test
    void runInstancesDeploysAndAnswersPendingAtOnce() throws Exception {
        stubLaunchCatalog();
        Ec2Answer answer = harness.execute("RunInstances", launch(null));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(Ec2Ids.of(Kind.RESERVATION, VM_1), answer.text("/RunInstancesResponse/reservationId"));
        assertEquals("ec2user", answer.text("/RunInstancesResponse/ownerId"));
        assertEquals(id(VM_1), answer.text("/RunInstancesResponse/instancesSet/item/instanceId"));
        assertEquals("pending", answer.text("/RunInstancesResponse/instancesSet/item/instanceState/name"));
        assertEquals("0", answer.text("/RunInstancesResponse/instancesSet/item/instanceState/code"));
        assertEquals("web-1", answer.text("/RunInstancesResponse/instancesSet/item/tagSet/item/value"));
        harness.cloudStack.verify(1, called("deployVirtualMachine")
                .withQueryParam("zoneid", WireMock.equalTo(ZONE))
                .withQueryParam("serviceofferingid", WireMock.equalTo(OFFERING))
                .withQueryParam("templateid", WireMock.equalTo(TEMPLATE))
                .withQueryParam("keypair", WireMock.equalTo("kp1"))
                .withQueryParam("userdata", WireMock.equalTo("IyEvYmluL3NoCg=="))
                .withQueryParam("securitygroupnames", WireMock.equalTo("web"))
                .withQueryParam("networkids", WireMock.absent()));
        harness.cloudStack.verify(1, called("createTags").withQueryParam("resourcetype", WireMock.equalTo("UserVm"))
                .withQueryParam("resourceids", WireMock.equalTo(VM_1))
                .withQueryParam("tags[0].key", WireMock.equalTo("Name")));
        harness.cloudStack.verify(0, WireMock.getRequestedFor(WireMock.anyUrl())
                .withQueryParam("command", WireMock.equalTo("queryAsyncJobResult")));
    }

    @Test
    void launchesOneAfterAnotherLookTheZoneAndTheInstanceTypeUpOnce() throws Exception {
        stubLaunchCatalog();
        assertEquals(200, harness.execute("RunInstances", launch(null)).status());
        assertEquals(200, harness.execute("RunInstances", launch(null)).status());
        harness.cloudStack.verify(2, called("deployVirtualMachine"));
        harness.cloudStack.verify(1, called("listZones"));
        harness.cloudStack.verify(1, called("listServiceOfferings"));
    }

    @Test
    void aZoneTheKeptZonesLackIsLookedUpAgainBeforeItIsRefused() throws Exception {
        stubLaunchCatalog();
        assertEquals(200, harness.execute("RunInstances", launch(null)).status());
        Map<String, String> elsewhere = launch(null);
        elsewhere.put("Placement.AvailabilityZone", "Sim-Advanced");
        Ec2Answer refused = harness.execute("RunInstances", elsewhere);
        assertEquals("InvalidParameterValue", refused.errorCode());
        harness.cloudStack.verify(2, called("listZones"));
        harness.cloudStack.verify(1, called("deployVirtualMachine"));

        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":\"zone-2\","
                + "\"name\":\"Sim-Advanced\",\"networktype\":\"Basic\",\"allocationstate\":\"Enabled\"}]}}");
        assertEquals(200, harness.execute("RunInstances", elsewhere).status());
        harness.cloudStack.verify(1, called("deployVirtualMachine").withQueryParam("zoneid", WireMock.equalTo("zone-2")));
    }

    @Test
    void runInstancesWithAnUnknownInstanceTypeNamesTheTypesThatExist() throws Exception {
        stubLaunchCatalog();
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listServiceOfferings")
                .withQueryParam("name", WireMock.equalTo("c5.huge")).willReturn(WireMock.okJson(
                        "{\"listserviceofferingsresponse\":{}}")));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listServiceOfferings")
                .withQueryParam("name", WireMock.absent()).willReturn(WireMock.okJson(
                        "{\"listserviceofferingsresponse\":{\"count\":2,\"serviceoffering\":[{\"id\":\"a\",\"name\":"
                                + "\"t2.micro\"},{\"id\":\"b\",\"name\":\"m1.small\"}]}}")));
        Map<String, String> params = launch(null);
        params.put("InstanceType", "c5.huge");
        Ec2Answer answer = harness.execute("RunInstances", params);
        assertEquals("InvalidParameterValue", answer.errorCode());
        assertTrue(answer.text("//Message").contains("m1.small, t2.micro"), answer.body());
        harness.cloudStack.verify(0, called("deployVirtualMachine"));
    }

    @Test
    void runInstancesBelowMinCountDestroysWhatWasAcceptedAndFails() throws Exception {
        stubLaunchCatalog();
        // The two deploys go out in parallel: exactly one of them, whichever comes first, is accepted.
        java.util.concurrent.atomic.AtomicBoolean accepted = new java.util.concurrent.atomic.AtomicBoolean();
        harness.cloudStack.stubFor(WireMock.requestMatching(request -> com.github.tomakehurst.wiremock.matching
                        .MatchResult.of(request.getUrl().contains("command=deployVirtualMachine")
                                && accepted.compareAndSet(false, true)))
                .atPriority(1).willReturn(WireMock.okJson("{\"deployvirtualmachineresponse\":{\"id\":\""
                        + VM_1 + "\",\"jobid\":\"j1\"}}")));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("deployVirtualMachine").atPriority(5).willReturn(
                WireMock.aResponse().withStatus(535).withBody(
                        "{\"deployvirtualmachineresponse\":{\"uuidList\":[],\"errorcode\":535,\"cserrorcode\":9999,"
                                + "\"errortext\":\"Maximum number of resources of type 'user_vm' exceeded\"}}")));
        stubJob("destroyVirtualMachine");
        Map<String, String> params = launch(null);
        params.put("MinCount", "2");
        params.put("MaxCount", "2");
        Ec2Answer answer = harness.execute("RunInstances", params);
        assertEquals("ResourceLimitExceeded", answer.errorCode(), answer.body());
        harness.cloudStack.verify(1, called("destroyVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1)));
    }

    @Test
    void runInstancesWithAKeyPairThatDoesNotExistIsInvalidKeyPairNotFound() throws Exception {
        stubLaunchCatalog();
        harness.stub("deployVirtualMachine", 431, "{\"deployvirtualmachineresponse\":{\"uuidList\":[],\"errorcode\":431,"
                + "\"cserrorcode\":4350,\"errortext\":\"Not all specified keypairs exist\"}}");
        harness.stub("listSSHKeyPairs", "{\"listsshkeypairsresponse\":{}}");
        assertEquals("InvalidKeyPair.NotFound", harness.execute("RunInstances", launch(null)).errorCode());
    }

    @Test
    void theSameClientTokenReturnsTheSameReservationAndOtherParametersAreAMismatch() throws Exception {
        stubLaunchCatalog();
        Ec2Answer first = harness.execute("RunInstances", launch("token-1"));
        Ec2Answer again = harness.execute("RunInstances", launch("token-1"));
        assertEquals(first.text("/RunInstancesResponse/reservationId"), again.text("/RunInstancesResponse/reservationId"));
        assertEquals(first.texts("//instancesSet/item/instanceId"), again.texts("//instancesSet/item/instanceId"));
        assertEquals("token-1", again.text("//instancesSet/item/clientToken"));
        harness.cloudStack.verify(1, called("deployVirtualMachine"));

        Map<String, String> other = launch("token-1");
        other.put("KeyName", "kp2");
        Ec2Answer mismatch = harness.execute("RunInstances", other);
        assertEquals(400, mismatch.status());
        assertEquals("IdempotentParameterMismatch", mismatch.errorCode());
    }

    @Test
    void concurrentCopiesOfOneClientTokenLaunchOnce() throws Exception {
        stubLaunchCatalog();
        List<CompletableFuture<Ec2Answer>> copies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            copies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return harness.execute("RunInstances", launch("token-2"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Ec2Answer> copy : copies) {
            Ec2Answer answer = copy.join();
            assertEquals(200, answer.status(), answer.body());
            assertEquals(id(VM_1), answer.text("//instancesSet/item/instanceId"));
        }
        harness.cloudStack.verify(1, called("deployVirtualMachine"));
    }

    @Test
    void aLaunchedInstanceIsListedInItsReservationWithItsClientToken() throws Exception {
        stubLaunchCatalog();
        stubRootVolumes();
        String reservation = harness.execute("RunInstances", launch("token-3")).text("/RunInstancesResponse/reservationId");
        Ec2Answer listed = harness.execute("DescribeInstances", Map.of("Filter.1.Name", "reservation-id",
                "Filter.1.Value.1", reservation));
        assertEquals(List.of(id(VM_1)), listed.texts("//instancesSet/item/instanceId"));
        assertEquals("pending", listed.text("//instancesSet/item/instanceState/name"));
        assertEquals("token-3", listed.text("//instancesSet/item/clientToken"));
    }

    @Test
    void aMappedInstanceTypeLaunchesItsOfferingAndShowsAsTheType() throws Exception {
        harness.typeMappings.put("c5.large", "Small Instance");
        stubLaunchCatalog();
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listServiceOfferings")
                .withQueryParam("name", WireMock.absent()).willReturn(WireMock.okJson(
                        "{\"listserviceofferingsresponse\":{\"count\":1,\"serviceoffering\":[{\"id\":\"small-id\","
                                + "\"name\":\"Small Instance\",\"cpunumber\":1,\"memory\":512}]}}")));
        stubVms(vm(VM_1, "Running", "").replace("\"serviceofferingid\":\"" + OFFERING + "\"",
                "\"serviceofferingid\":\"small-id\"").replace("\"serviceofferingname\":\"m1.small\"",
                "\"serviceofferingname\":\"Small Instance\""));
        stubRootVolumes();
        Map<String, String> params = launch(null);
        params.put("InstanceType", "c5.large");
        Ec2Answer launched = harness.execute("RunInstances", params);
        assertEquals(200, launched.status(), launched.body());
        assertEquals("c5.large", launched.text("//instancesSet/item/instanceType"));
        harness.cloudStack.verify(1, called("deployVirtualMachine").withQueryParam("serviceofferingid",
                WireMock.equalTo("small-id")));
        assertEquals("c5.large", harness.execute("DescribeInstances", Map.of())
                .text("//instancesSet/item/instanceType"));
        assertEquals(List.of("c5.large"), harness.execute("DescribeInstanceTypes", Map.of())
                .texts("//instanceTypeSet/item/instanceType"));
    }
}
