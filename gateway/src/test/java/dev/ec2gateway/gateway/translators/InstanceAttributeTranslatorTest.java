package dev.ec2gateway.gateway.translators;

import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.InstanceTranslatorTest.OFFERING;
import static dev.ec2gateway.gateway.translators.InstanceTranslatorTest.VM_1;
import static dev.ec2gateway.gateway.translators.InstanceTranslatorTest.vm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstanceAttributeTranslatorTest {
    private static final String INSTANCE = Ec2Ids.of(Kind.INSTANCE, VM_1);

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @BeforeEach
    void knowTheInstance() {
        harness.idIndex.remember(INSTANCE, Kind.INSTANCE, VM_1);
        harness.stub("listVolumes", "{\"listvolumesresponse\":{}}");
    }

    private void stubVm(String state) {
        harness.stub("listVirtualMachines", "{\"listvirtualmachinesresponse\":{\"count\":1,\"virtualmachine\":["
                + vm(VM_1, state, "") + "]}}");
    }

    @Test
    void getPasswordDataAnswersCloudStacksEncryptedPassword() throws Exception {
        stubVm("Running");
        harness.stub("getVMPassword", "{\"getvmpasswordresponse\":{\"password\":{\"encryptedpassword\":\"b3ZraWxF\"}}}");
        Ec2Answer answer = harness.execute("GetPasswordData", Map.of("InstanceId", INSTANCE));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(INSTANCE, answer.text("/GetPasswordDataResponse/instanceId"));
        assertEquals("b3ZraWxF", answer.text("/GetPasswordDataResponse/passwordData"));
        harness.cloudStack.verify(1, called("getVMPassword").withQueryParam("id", WireMock.equalTo(VM_1)));
    }

    @Test
    void getPasswordDataWithoutAPasswordIsEmptyNotAnError() throws Exception {
        stubVm("Running");
        harness.stub("getVMPassword", 431, "{\"getvmpasswordresponse\":{\"uuidList\":[],\"errorcode\":431,"
                + "\"cserrorcode\":4350,\"errortext\":\"No password found for VM\"}}");
        Ec2Answer answer = harness.execute("GetPasswordData", Map.of("InstanceId", INSTANCE));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("", answer.text("/GetPasswordDataResponse/passwordData"));
    }

    @Test
    void describeInstanceAttributeAnswersTheOneAttributeAskedFor() throws Exception {
        stubVm("Running");
        harness.stub("getVirtualMachineUserData", "{\"getvirtualmachineuserdataresponse\":{\"virtualmachineuserdata\":"
                + "{\"virtualmachineid\":\"" + VM_1 + "\",\"userdata\":\"IyEvYmluL3NoCg==\"}}}");
        Ec2Answer type = harness.execute("DescribeInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "Attribute", "instanceType"));
        assertEquals("m1.small", type.text("/DescribeInstanceAttributeResponse/instanceType/value"));
        assertEquals(0, type.texts("/DescribeInstanceAttributeResponse/userData").size());
        Ec2Answer userData = harness.execute("DescribeInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "Attribute", "userData"));
        assertEquals("IyEvYmluL3NoCg==", userData.text("/DescribeInstanceAttributeResponse/userData/value"));
        harness.cloudStack.verify(1, called("getVirtualMachineUserData")
                .withQueryParam("virtualmachineid", WireMock.equalTo(VM_1)));
        assertEquals("false", harness.execute("DescribeInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "Attribute", "disableApiTermination")).text("//disableApiTermination/value"));
        assertEquals("stop", harness.execute("DescribeInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "Attribute", "instanceInitiatedShutdownBehavior")).text("//instanceInitiatedShutdownBehavior/value"));
        assertEquals(List.of("web"), harness.execute("DescribeInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "Attribute", "groupSet")).texts("//groupSet/item/groupName"));
        assertEquals("InvalidParameterValue", harness.execute("DescribeInstanceAttribute", Map.of("InstanceId",
                INSTANCE, "Attribute", "colour")).errorCode());
    }

    @Test
    void changingTheInstanceTypeOfAStoppedInstanceChangesItsOffering() throws Exception {
        stubVm("Stopped");
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("listServiceOfferings")
                .withQueryParam("name", WireMock.equalTo("m1.large")).willReturn(WireMock.okJson(
                        "{\"listserviceofferingsresponse\":{\"count\":1,\"serviceoffering\":[{\"id\":\"large-id\","
                                + "\"name\":\"m1.large\",\"cpunumber\":2,\"memory\":7680}]}}")));
        harness.stub("changeServiceForVirtualMachine", "{\"changeserviceforvirtualmachineresponse\":{\"virtualmachine\":"
                + vm(VM_1, "Stopped", "") + "}}");
        Ec2Answer answer = harness.execute("ModifyInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "InstanceType.Value", "m1.large"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/ModifyInstanceAttributeResponse/return"));
        harness.cloudStack.verify(1, called("changeServiceForVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1))
                .withQueryParam("serviceofferingid", WireMock.equalTo("large-id")));
    }

    @Test
    void changingTheInstanceTypeOfARunningInstanceIsIncorrectInstanceState() throws Exception {
        stubVm("Running");
        Ec2Answer answer = harness.execute("ModifyInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "Attribute", "instanceType", "Value", "m1.large"));
        assertEquals("IncorrectInstanceState", answer.errorCode());
        harness.cloudStack.verify(0, called("changeServiceForVirtualMachine"));
    }

    @Test
    void userDataIsUpdatedAsGivenInBase64() throws Exception {
        stubVm("Running");
        harness.stub("updateVirtualMachine", "{\"updatevirtualmachineresponse\":{\"virtualmachine\":"
                + vm(VM_1, "Running", "") + "}}");
        Ec2Answer answer = harness.execute("ModifyInstanceAttribute", Map.of("InstanceId", INSTANCE,
                "UserData.Value", "IyEvYmluL3NoCg=="));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("updateVirtualMachine").withQueryParam("id", WireMock.equalTo(VM_1))
                .withQueryParam("userdata", WireMock.equalTo("IyEvYmluL3NoCg==")));
    }

    @Test
    void describeInstanceTypesShowsEachOfferingsCpusAndMemoryAndFilters() throws Exception {
        harness.stub("listServiceOfferings", "{\"listserviceofferingsresponse\":{\"count\":2,\"serviceoffering\":["
                + "{\"id\":\"" + OFFERING + "\",\"name\":\"m1.small\",\"cpunumber\":1,\"cpuspeed\":1000,\"memory\":1740},"
                + "{\"id\":\"b\",\"name\":\"m1.large\",\"cpunumber\":2,\"cpuspeed\":2000,\"memory\":7680}]}}");
        Ec2Answer all = harness.execute("DescribeInstanceTypes", Map.of());
        assertEquals(200, all.status(), all.body());
        assertEquals(List.of("m1.small", "m1.large"), all.texts("//instanceTypeSet/item/instanceType"));
        assertEquals("2", all.text("//instanceTypeSet/item[instanceType='m1.large']/vCpuInfo/defaultVCpus"));
        assertEquals("7680", all.text("//instanceTypeSet/item[instanceType='m1.large']/memoryInfo/sizeInMiB"));
        Ec2Answer byCpu = harness.execute("DescribeInstanceTypes", Map.of("Filter.1.Name", "vcpu-info.default-vcpus",
                "Filter.1.Value.1", "1"));
        assertEquals(List.of("m1.small"), byCpu.texts("//instanceTypeSet/item/instanceType"));
        Ec2Answer named = harness.execute("DescribeInstanceTypes", Map.of("InstanceType.1", "m1.large"));
        assertEquals(List.of("m1.large"), named.texts("//instanceTypeSet/item/instanceType"));
        assertEquals("InvalidInstanceType", harness.execute("DescribeInstanceTypes",
                Map.of("InstanceType.1", "x9.huge")).errorCode());
        Ec2Answer paged = harness.execute("DescribeInstanceTypes", Map.of("MaxResults", "5"));
        assertEquals("", paged.text("/DescribeInstanceTypesResponse/nextToken"));
    }
}
