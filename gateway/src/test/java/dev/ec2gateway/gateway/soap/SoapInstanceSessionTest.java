package dev.ec2gateway.gateway.soap;

import static dev.ec2gateway.gateway.soap.SoapHarness.called;
import static dev.ec2gateway.gateway.soap.SoapXml.text;
import static dev.ec2gateway.gateway.soap.SoapXml.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A SOAP tool's session on instances, instance types, instance attributes and password data, over the
 * oldest and the newest EC2 namespace: requests in Amazon's element names, each request and answer
 * valid against the schema of the gateway's WSDL.
 */
class SoapInstanceSessionTest {
    private static final String VM_1 = "ecd982af-7b65-4557-b7d4-3282a1aeed9b";
    private static final String VM_2 = "70696bf2-6200-4e12-a755-f12ba8ce2ad2";
    private static final String TEMPLATE = "d4c305a0-e7c0-11f1-ba74-02fc00000001";
    private static final String BASIC_ZONE = "a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf";
    private static final String OTHER_ZONE = "a42e53c5-bcd2-4357-ad0b-c58b0ea2d717";
    private static final String SMALL = "c5fc2952-be88-4bc9-8bf4-c618c030809c";
    private static final String LARGE = "7b1e4c1f-0a43-4a8e-9f0e-5d2b1c3a4e5f";
    private static final String GROUP = "829684f7-450e-483c-a320-564bf3affa75";
    private static final String NETWORK = "16eb0670-b79e-44b8-b462-fc9c390a8a65";
    private static final String ROOT = "5d41abcc-e445-462e-b492-2f2761dff8c1";
    private static final String USER_DATA = "IyEvYmluL3NoCg==";

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @BeforeEach
    void stubTheCloud() throws Exception {
        harness.stub("listZones", """
                {"listzonesresponse":{"count":2,"zone":[{"id":"%s","name":"Sim-Basic","networktype":"Basic",
                 "allocationstate":"Enabled"},{"id":"%s","name":"Sim-Other","networktype":"Basic",
                 "allocationstate":"Enabled"}]}}""".formatted(BASIC_ZONE, OTHER_ZONE));
        harness.stub("listTemplates", "{\"listtemplatesresponse\":{\"count\":1,\"template\":[{\"id\":\"" + TEMPLATE
                + "\",\"name\":\"CentOS\"}]}}");
        stubOfferings("m1.small", offering(SMALL, "m1.small", 1, 1740));
        stubOfferings("m1.large", offering(LARGE, "m1.large", 2, 7680));
        harness.cloudStack.stubFor(WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo("listServiceOfferings"))
                .withQueryParam("name", WireMock.absent())
                .willReturn(WireMock.okJson("{\"listserviceofferingsresponse\":{\"count\":2,\"serviceoffering\":["
                        + offering(SMALL, "m1.small", 1, 1740) + "," + offering(LARGE, "m1.large", 2, 7680) + "]}}")));
        harness.stub("listSecurityGroups", "{\"listsecuritygroupsresponse\":{\"count\":1,\"securitygroup\":[{\"id\":\""
                + GROUP + "\",\"name\":\"web\"}]}}");
        harness.stub("listNetworks", "{\"listnetworksresponse\":{\"count\":1,\"network\":[{\"id\":\"" + NETWORK
                + "\",\"name\":\"net1\",\"zoneid\":\"" + OTHER_ZONE + "\",\"type\":\"Isolated\"}]}}");
        harness.stub("deployVirtualMachine", "{\"deployvirtualmachineresponse\":{\"id\":\"" + VM_1
                + "\",\"jobid\":\"f0df6038-f9a1-469a-8e97-8ab6f57e2776\"}}");
        harness.stub("listVirtualMachines", "{\"listvirtualmachinesresponse\":{\"count\":2,\"virtualmachine\":["
                + vm(VM_1, "Running", SMALL, "m1.small") + "," + vm(VM_2, "Stopped", LARGE, "m1.large") + "]}}");
        harness.stub("listVolumes", """
                {"listvolumesresponse":{"count":1,"volume":[{"id":"%s","name":"ROOT-38","type":"ROOT","deviceid":0,
                 "virtualmachineid":"%s","vmstate":"Running","size":2147483648,"created":"2026-11-24T05:33:18+0000",
                 "state":"Ready"}]}}""".formatted(ROOT, VM_1));
        for (String command : List.of("stopVirtualMachine", "startVirtualMachine", "rebootVirtualMachine",
                "destroyVirtualMachine")) {
            harness.stub(command, "{\"" + command.toLowerCase() + "response\":{\"jobid\":\"job-" + command + "\"}}");
        }
        harness.stub("getVMPassword",
                "{\"getvmpasswordresponse\":{\"password\":{\"encryptedpassword\":\"b3ZraWxF\"}}}");
        harness.stub("getVirtualMachineUserData", "{\"getvirtualmachineuserdataresponse\":{\"virtualmachineuserdata\":"
                + "{\"virtualmachineid\":\"" + VM_1 + "\",\"userdata\":\"" + USER_DATA + "\"}}}");
        harness.stub("changeServiceForVirtualMachine",
                "{\"changeserviceforvirtualmachineresponse\":{\"virtualmachine\":"
                + vm(VM_2, "Stopped", LARGE, "m1.large") + "}}");
        harness.stub("updateVirtualMachine", "{\"updatevirtualmachineresponse\":{\"virtualmachine\":"
                + vm(VM_2, "Stopped", LARGE, "m1.large") + "}}");
    }

    private void stubOfferings(String name, String offering) {
        harness.cloudStack.stubFor(WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo("listServiceOfferings"))
                .withQueryParam("name", WireMock.equalTo(name))
                .willReturn(WireMock.okJson("{\"listserviceofferingsresponse\":{\"count\":1,\"serviceoffering\":["
                        + offering + "]}}")));
    }

    private static String offering(String id, String name, int cpus, int memory) {
        return "{\"id\":\"%s\",\"name\":\"%s\",\"cpunumber\":%d,\"cpuspeed\":2000,\"memory\":%d}"
                .formatted(id, name, cpus, memory);
    }

    private static String vm(String id, String state, String offeringId, String offeringName) {
        return """
                {"id":"%s","name":"web-%s","displayname":"web","account":"ec2user","domain":"ROOT",
                 "created":"2026-11-24T05:33:18+0000","state":"%s","zoneid":"%s","zonename":"Sim-Basic",
                 "templateid":"%s","serviceofferingid":"%s","serviceofferingname":"%s","cpunumber":1,
                 "memory":1740,"securitygroup":[{"id":"%s","name":"web","ingressrule":[],"egressrule":[],"tags":[]}],
                 "nic":[{"id":"19e2bce9-6f9e-4298-9897-5073967ac2ed","networkid":"%s","ipaddress":"10.147.41.20",
                 "traffictype":"Guest","type":"Shared","isdefault":true,"deviceid":"0"}],
                 "hypervisor":"Simulator","keypairs":"kp1","affinitygroup":[],"tags":[]}"""
                .formatted(id, id.substring(0, 4), state, BASIC_ZONE, TEMPLATE, offeringId, offeringName, GROUP,
                        NETWORK);
    }

    /** A group named in RunInstances' groupSet: before 2011 EC2 had no group ids and named groups in groupId. */
    private static String groupByName(String version, String name) {
        String element = version.compareTo("2011-01-01") < 0 ? "groupId" : "groupName";
        return "<groupSet><item><" + element + ">" + name + "</" + element + "></item></groupSet>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void instancesAreLaunchedListedStoppedStartedRebootedAndTerminated(String version) throws Exception {
        SignedSession soap = harness.session(version);

        Element launched = soap.call("RunInstances", "<imageId>" + Ec2Ids.of(Kind.IMAGE, TEMPLATE)
                + "</imageId><minCount>1</minCount><maxCount>1</maxCount><keyName>kp1</keyName>"
                + groupByName(version, "web")
                + "<userData><data>" + USER_DATA + "</data></userData><instanceType>m1.small</instanceType>"
                + "<placement><availabilityZone>Sim-Other</availabilityZone></placement>"
                + "<clientToken>soap-launch-1</clientToken>");
        assertEquals(Ec2Ids.of(Kind.RESERVATION, VM_1), text(launched, "reservationId"));
        assertEquals("ec2user", text(launched, "ownerId"));
        assertEquals(instanceId(VM_1), text(launched, "instanceId"));
        assertEquals("pending", text(launched, "name"));
        assertEquals("soap-launch-1", text(launched, "clientToken"));
        harness.cloudStack.verify(1, called("deployVirtualMachine")
                .withQueryParam("templateid", WireMock.equalTo(TEMPLATE))
                .withQueryParam("serviceofferingid", WireMock.equalTo(SMALL))
                .withQueryParam("zoneid", WireMock.equalTo(OTHER_ZONE))
                .withQueryParam("keypair", WireMock.equalTo("kp1"))
                .withQueryParam("userdata", WireMock.equalTo(USER_DATA))
                .withQueryParam("securitygroupnames", WireMock.equalTo("web")));

        boolean groupIds = version.compareTo("2011-01-01") >= 0;
        soap.call("RunInstances", "<imageId>" + Ec2Ids.of(Kind.IMAGE, TEMPLATE)
                + "</imageId><minCount>1</minCount><maxCount>1</maxCount>"
                + (groupIds ? "<groupSet><item><groupId>" + Ec2Ids.of(Kind.SECURITY_GROUP, GROUP)
                        + "</groupId></item></groupSet>" : groupByName(version, "web"))
                + "<instanceType>m1.large</instanceType><subnetId>" + Ec2Ids.of(Kind.SUBNET, NETWORK)
                + "</subnetId>");
        harness.cloudStack.verify(1, called("deployVirtualMachine")
                .withQueryParam("serviceofferingid", WireMock.equalTo(LARGE))
                .withQueryParam(groupIds ? "securitygroupids" : "securitygroupnames",
                        WireMock.equalTo(groupIds ? GROUP : "web"))
                .withQueryParam("networkids", WireMock.equalTo(NETWORK))
                .withQueryParam(groupIds ? "securitygroupnames" : "securitygroupids", WireMock.absent()));

        Element all = soap.call("DescribeInstances", "<instancesSet/>");
        assertEquals(List.of(instanceId(VM_1), instanceId(VM_2)), texts(all, "instanceId"));
        assertEquals(List.of("running", "stopped"), texts(all, "name"));
        Element one = soap.call("DescribeInstances", "<instancesSet><item><instanceId>"
                + instanceId(VM_1) + "</instanceId></item></instancesSet><filterSet><item>"
                + "<name>instance-state-name</name><valueSet><item><value>running</value></item></valueSet>"
                + "</item></filterSet>");
        assertEquals(List.of(instanceId(VM_1)), texts(one, "instanceId"));
        assertEquals("Sim-Basic", text(one, "availabilityZone"));
        assertEquals(Ec2Ids.of(Kind.VOLUME, ROOT), text(one, "volumeId"));
        harness.cloudStack.verify(called("listVirtualMachines").withQueryParam("ids", WireMock.equalTo(VM_1)));

        Element stopped = soap.call("StopInstances", "<instancesSet><item><instanceId>"
                + instanceId(VM_1) + "</instanceId></item></instancesSet><force>true</force>");
        assertEquals("stopping", stateName(stopped, "currentState"));
        assertEquals("running", stateName(stopped, "previousState"));
        harness.cloudStack.verify(1, called("stopVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1))
                .withQueryParam("forced", WireMock.equalTo("true")));

        Element started = soap.call("StartInstances", "<instancesSet><item><instanceId>"
                + instanceId(VM_2) + "</instanceId></item></instancesSet>");
        assertEquals("pending", stateName(started, "currentState"));
        assertEquals("stopped", stateName(started, "previousState"));
        harness.cloudStack.verify(1, called("startVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_2)));

        Element rebooted = soap.call("RebootInstances", "<instancesSet><item><instanceId>"
                + instanceId(VM_1) + "</instanceId></item></instancesSet>");
        assertEquals("true", text(rebooted, "return"));
        harness.cloudStack.verify(1, called("rebootVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1)));

        Element terminated = soap.call("TerminateInstances", "<instancesSet><item><instanceId>"
                + instanceId(VM_1) + "</instanceId></item></instancesSet>");
        assertEquals(instanceId(VM_1), text(terminated, "instanceId"));
        assertEquals("shutting-down", stateName(terminated, "currentState"));
        harness.cloudStack.verify(1, called("destroyVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void instanceTypesPasswordDataAndAttributesAreReadAndChanged(String version) throws Exception {
        SignedSession soap = harness.session(version);

        Element named = soap.call("DescribeInstanceTypes",
                "<instanceTypeSet><item><instanceType>m1.large</instanceType></item></instanceTypeSet>");
        assertEquals(List.of("m1.large"), texts(named, "instanceType"));
        assertEquals("2", text(named, "defaultVCpus"));
        assertEquals("7680", text(named, "sizeInMiB"));
        assertEquals("2.0", text(named, "sustainedClockSpeedInGhz"));
        Element filtered = soap.call("DescribeInstanceTypes", "<filterSet><item>"
                + "<name>vcpu-info.default-vcpus</name><valueSet><item><value>1</value></item></valueSet>"
                + "</item></filterSet>");
        assertEquals(List.of("m1.small"), texts(filtered, "instanceType"));

        Element password = soap.call("GetPasswordData", "<instanceId>" + instanceId(VM_1) + "</instanceId>");
        assertEquals(instanceId(VM_1), text(password, "instanceId"));
        assertEquals("b3ZraWxF", text(password, "passwordData"));
        harness.cloudStack.verify(1, called("getVMPassword").withQueryParam("id", WireMock.equalTo(VM_1)));

        Element type = soap.call("ModifyInstanceAttribute", "<instanceId>" + instanceId(VM_2)
                + "</instanceId><instanceType><value>m1.small</value></instanceType>");
        assertEquals("true", text(type, "return"));
        harness.cloudStack.verify(1, called("changeServiceForVirtualMachine")
                .withQueryParam("id", WireMock.equalTo(VM_2))
                .withQueryParam("serviceofferingid", WireMock.equalTo(SMALL)));
        soap.call("ModifyInstanceAttribute", "<instanceId>" + instanceId(VM_1)
                + "</instanceId><userData><value>" + USER_DATA + "</value></userData>");
        harness.cloudStack.verify(1, called("updateVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1))
                .withQueryParam("userdata", WireMock.equalTo(USER_DATA)));
        soap.call("ModifyInstanceAttribute", "<instanceId>" + instanceId(VM_2) + "</instanceId><groupSet>"
                + "<item><groupId>" + Ec2Ids.of(Kind.SECURITY_GROUP, GROUP) + "</groupId></item></groupSet>");
        harness.cloudStack.verify(1, called("updateVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_2))
                .withQueryParam("securitygroupids", WireMock.equalTo(GROUP)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void describeInstanceAttributeAnswersTheAttributeNamedByTheEmptyElement(String version) throws Exception {
        SignedSession soap = harness.session(version);
        String instance = "<instanceId>" + instanceId(VM_1) + "</instanceId>";

        Element type = soap.call("DescribeInstanceAttribute", instance + "<instanceType/>");
        assertEquals(instanceId(VM_1), text(type, "instanceId"));
        assertEquals("m1.small", text(type, "value"));
        Element userData = soap.call("DescribeInstanceAttribute", instance + "<userData/>");
        assertEquals(USER_DATA, text(userData, "value"));
        Element groups = soap.call("DescribeInstanceAttribute", instance + "<groupSet/>");
        assertEquals("web", text(groups, "groupName"));
        Element devices = soap.call("DescribeInstanceAttribute", instance + "<blockDeviceMapping/>");
        assertEquals("/dev/sda1", text(devices, "deviceName"));
        Element termination = soap.call("DescribeInstanceAttribute", instance + "<disableApiTermination/>");
        assertEquals("false", text(termination, "value"));
    }

    private static String stateName(Element answer, String state) {
        Node element = answer.getElementsByTagNameNS("*", state).item(0);
        return text((Element) element, "name");
    }

    private static String instanceId(String uuid) {
        return Ec2Ids.of(Kind.INSTANCE, uuid);
    }
}
