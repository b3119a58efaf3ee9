package dev.ec2gateway.gateway.translators;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.JobStubs.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AddressTranslatorTest {
    private static final String BASIC_ZONE = "a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf";
    private static final String ADVANCED_ZONE = "a42e53c5-bcd2-4357-ad0b-c58b0ea2d717";
    private static final String NETWORK = "571a1568-8fe9-463f-8034-af1a8e50e1aa";
    private static final String SOURCE_NAT = "f5e223f8-5dde-4226-9b23-16476411d098";
    private static final String EIP = "ae662461-8122-4dd2-b3a7-3597b50ddc65";
    private static final String NATTED = "0c1c5d0e-5a55-4bd4-9a2b-8a4a3e3f0a11";
    private static final String VM = "70696bf2-6200-4e12-a755-f12ba8ce2ad2";
    private static final String OTHER_VM = "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091";
    private static final String EIP_ALLOC = Ec2Ids.of(Kind.ALLOCATION, EIP);
    private static final String NATTED_ASSOC = Ec2Ids.of(Kind.ASSOCIATION, NATTED);
    private static final String VM_ID = Ec2Ids.of(Kind.INSTANCE, VM);
    private static final String ITEM = "/DescribeAddressesResponse/addressesSet/item";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    private static String ip(String id, String address, boolean sourceNat, String vm, String vmIp, String tags) {
        String nat = vm == null ? "\"isstaticnat\":false," : """
                "isstaticnat":true,"virtualmachineid":"%s","virtualmachinetype":"User","vmipaddress":"%s",
                "virtualmachinename":"vm","virtualmachinedisplayname":"vm",""".formatted(vm, vmIp);
        return """
                {"id":"%s","ipaddress":"%s","allocated":"2026-11-24T05:34:35+0000","zoneid":"%s",
                 "zonename":"Sim-Advanced","issourcenat":%s,"account":"ec2user","domainid":"12a08eb8",
                 "domain":"ROOT","domainpath":"/","forvirtualnetwork":true,%s"issystem":false,
                 "associatednetworkid":"%s","associatednetworkname":"ec2-net","state":"Allocated",
                 "tags":[%s],"isportable":false,"hasrules":false}"""
                .formatted(id, address, ADVANCED_ZONE, sourceNat, nat, NETWORK, tags);
    }

    private void stubIps(String... ips) {
        harness.stub("listPublicIpAddresses", ips.length == 0 ? "{\"listpublicipaddressesresponse\":{}}"
                : "{\"listpublicipaddressesresponse\":{\"count\":" + ips.length + ",\"publicipaddress\":["
                + String.join(",", ips) + "]}}");
    }

    private void stubThreeIps() {
        stubIps(ip(SOURCE_NAT, "192.168.2.5", true, null, null, ""),
                ip(EIP, "192.168.2.6", false, null, null, "{\"key\":\"Name\",\"value\":\"eip-1\"}"),
                ip(NATTED, "192.168.2.7", false, VM, "10.1.1.200", ""));
    }

    private void stubZones(boolean withAdvanced) {
        String basic = "{\"id\":\"" + BASIC_ZONE + "\",\"name\":\"Sim-Basic\",\"networktype\":\"Basic\","
                + "\"securitygroupsenabled\":true,\"allocationstate\":\"Enabled\"}";
        String advanced = "{\"id\":\"" + ADVANCED_ZONE + "\",\"name\":\"Sim-Advanced\",\"networktype\":\"Advanced\","
                + "\"securitygroupsenabled\":false,\"allocationstate\":\"Enabled\"}";
        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":" + (withAdvanced ? 2 : 1) + ",\"zone\":["
                + basic + (withAdvanced ? "," + advanced : "") + "]}}");
    }

    private void stubVms() {
        harness.stub("listVirtualMachines", "{\"listvirtualmachinesresponse\":{\"count\":2,\"virtualmachine\":["
                + "{\"id\":\"" + VM + "\",\"name\":\"vm1\",\"state\":\"Running\"},"
                + "{\"id\":\"" + OTHER_VM + "\",\"name\":\"vm2\",\"state\":\"Running\"}]}}");
    }

    @Test
    void allocateAddressTakesAnIpForTheCallersIsolatedNetworkAndWaitsForIt() throws Exception {
        stubZones(true);
        harness.stub("listNetworks", "{\"listnetworksresponse\":{\"count\":1,\"network\":[{\"id\":\"" + NETWORK
                + "\",\"name\":\"ec2-net\",\"zoneid\":\"" + ADVANCED_ZONE + "\",\"type\":\"Isolated\","
                + "\"state\":\"Implemented\"}]}}");
        JobStubs.stubJob(harness, "associateIpAddress", Map.of("networkid", NETWORK), "job-a", EIP,
                done("{\"ipaddress\":" + ip(EIP, "192.168.2.6", false, null, null, "") + "}"));
        Ec2Answer answer = harness.execute("AllocateAddress", Map.of("Domain", "vpc"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("192.168.2.6", answer.text("/AllocateAddressResponse/publicIp"));
        assertEquals(EIP_ALLOC, answer.text("/AllocateAddressResponse/allocationId"));
        assertEquals("vpc", answer.text("/AllocateAddressResponse/domain"));
        harness.cloudStack.verify(1, called("associateIpAddress").withQueryParam("networkid", equalTo(NETWORK)));
    }

    @Test
    void aBasicZoneWithoutElasticIpsIsInsufficientAddressCapacity() throws Exception {
        stubZones(false);
        harness.stub("associateIpAddress", 533, "{\"associateipaddressresponse\":{\"uuidList\":[],\"errorcode\":533,"
                + "\"cserrorcode\":9999,\"errortext\":\"Insufficient address capacity\"}}");
        Ec2Answer answer = harness.execute("AllocateAddress", Map.of());
        assertEquals(400, answer.status());
        assertEquals("InsufficientAddressCapacity", answer.errorCode());
        assertTrue(answer.text("/Response/Errors/Error/Message").contains("Sim-Basic has no elastic IP"),
                answer.body());
        harness.cloudStack.verify(1, called("associateIpAddress").withQueryParam("zoneid", equalTo(BASIC_ZONE)));
    }

    @Test
    void theAccountsAddressLimitIsAddressLimitExceeded() throws Exception {
        stubZones(false);
        harness.stub("associateIpAddress", 535, "{\"associateipaddressresponse\":{\"uuidList\":[],\"errorcode\":535,"
                + "\"cserrorcode\":9999,\"errortext\":\"Maximum number of public IP addresses reached\"}}");
        assertEquals("AddressLimitExceeded", harness.execute("AllocateAddress", Map.of()).errorCode());
    }

    @Test
    void describeAddressesLeavesOutTheSourceNatAddress() throws Exception {
        stubThreeIps();
        Ec2Answer answer = harness.execute("DescribeAddresses", Map.of());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("192.168.2.6", "192.168.2.7"), answer.texts(ITEM + "/publicIp"));
        assertEquals(EIP_ALLOC, answer.text(ITEM + "[1]/allocationId"));
        assertEquals(List.of(), answer.texts(ITEM + "[1]/associationId"));
        assertEquals("eip-1", answer.text(ITEM + "[1]/tagSet/item/value"));
        assertEquals(NATTED_ASSOC, answer.text(ITEM + "[2]/associationId"));
        assertEquals(VM_ID, answer.text(ITEM + "[2]/instanceId"));
        assertEquals("10.1.1.200", answer.text(ITEM + "[2]/privateIpAddress"));
        assertEquals("vpc", answer.text(ITEM + "[2]/domain"));
    }

    @Test
    void describeAddressesSelectsByIpIdAndFilter() throws Exception {
        stubThreeIps();
        Ec2Answer byIp = harness.execute("DescribeAddresses", Map.of("PublicIp.1", "192.168.2.7"));
        assertEquals(List.of("192.168.2.7"), byIp.texts(ITEM + "/publicIp"));
        harness.cloudStack.verify(called("listPublicIpAddresses").withQueryParam("ipaddress", equalTo("192.168.2.7")));
        Ec2Answer byId = harness.execute("DescribeAddresses", Map.of("AllocationId.1", EIP_ALLOC));
        assertEquals(List.of("192.168.2.6"), byId.texts(ITEM + "/publicIp"));
        Ec2Answer byInstance = harness.execute("DescribeAddresses", Map.of("Filter.1.Name", "instance-id",
                "Filter.1.Value.1", VM_ID));
        assertEquals(List.of("192.168.2.7"), byInstance.texts(ITEM + "/publicIp"));
        Ec2Answer byTag = harness.execute("DescribeAddresses", Map.of("Filter.1.Name", "tag:Name",
                "Filter.1.Value.1", "eip-*"));
        assertEquals(List.of("192.168.2.6"), byTag.texts(ITEM + "/publicIp"));
    }

    @Test
    void unknownAddressesAreNotFound() throws Exception {
        stubThreeIps();
        assertEquals("InvalidAddress.NotFound",
                harness.execute("DescribeAddresses", Map.of("PublicIp.1", "192.168.2.5")).errorCode());
        assertEquals("InvalidAllocationID.NotFound",
                harness.execute("DescribeAddresses", Map.of("AllocationId.1", "eipalloc-0123456789abcdef0")).errorCode());
        assertEquals("InvalidAllocationID.Malformed",
                harness.execute("DescribeAddresses", Map.of("AllocationId.1", "eipalloc-zz")).errorCode());
        assertEquals("InvalidAssociationID.NotFound", harness.execute("DisassociateAddress",
                Map.of("AssociationId", Ec2Ids.of(Kind.ASSOCIATION, EIP))).errorCode());
        assertEquals("InvalidAddress.NotFound",
                harness.execute("ReleaseAddress", Map.of("PublicIp", "192.168.2.5")).errorCode());
    }

    @Test
    void associateAddressEnablesStaticNatToTheInstance() throws Exception {
        stubThreeIps();
        stubVms();
        harness.stub("enableStaticNat", "{\"enablestaticnatresponse\":{\"success\":true}}");
        Ec2Answer answer = harness.execute("AssociateAddress", Map.of("AllocationId", EIP_ALLOC,
                "InstanceId", Ec2Ids.of(Kind.INSTANCE, OTHER_VM)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(Ec2Ids.of(Kind.ASSOCIATION, EIP), answer.text("/AssociateAddressResponse/associationId"));
        harness.cloudStack.verify(1, called("enableStaticNat").withQueryParam("ipaddressid", equalTo(EIP))
                .withQueryParam("virtualmachineid", equalTo(OTHER_VM)));
        harness.cloudStack.verify(0, called("disableStaticNat"));
    }

    @Test
    void anAddressOnAnotherInstanceMovesOnlyWithAllowReassociation() throws Exception {
        stubThreeIps();
        stubVms();
        harness.stub("enableStaticNat", "{\"enablestaticnatresponse\":{\"success\":true}}");
        Map<String, String> move = Map.of("PublicIp", "192.168.2.7", "InstanceId", Ec2Ids.of(Kind.INSTANCE, OTHER_VM));
        Ec2Answer refused = harness.execute("AssociateAddress", move);
        assertEquals("Resource.AlreadyAssociated", refused.errorCode());
        harness.cloudStack.verify(0, called("enableStaticNat"));

        JobStubs.stubJob(harness, "disableStaticNat", Map.of("ipaddressid", NATTED), "job-d", done("{\"success\":true}"));
        Ec2Answer moved = harness.execute("AssociateAddress", Map.of("PublicIp", "192.168.2.7",
                "InstanceId", Ec2Ids.of(Kind.INSTANCE, OTHER_VM), "AllowReassociation", "true"));
        assertEquals(200, moved.status(), moved.body());
        harness.cloudStack.verify(called("queryAsyncJobResult").withQueryParam("jobid", equalTo("job-d")));
        harness.cloudStack.verify(1, called("enableStaticNat").withQueryParam("ipaddressid", equalTo(NATTED))
                .withQueryParam("virtualmachineid", equalTo(OTHER_VM)));
    }

    @Test
    void associatingAnUnknownInstanceIsInvalidInstanceIdNotFound() throws Exception {
        stubThreeIps();
        stubVms();
        Ec2Answer answer = harness.execute("AssociateAddress", Map.of("PublicIp", "192.168.2.6",
                "InstanceId", "i-0123456789abcdef0"));
        assertEquals("InvalidInstanceID.NotFound", answer.errorCode());
    }

    @Test
    void disassociateAddressSubmitsDisableStaticNatAndAnswersAtOnce() throws Exception {
        stubThreeIps();
        harness.stub("disableStaticNat", "{\"disablestaticnatresponse\":{\"jobid\":\"job-x\"}}");
        Ec2Answer answer = harness.execute("DisassociateAddress", Map.of("AssociationId", NATTED_ASSOC));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/DisassociateAddressResponse/return"));
        harness.cloudStack.verify(1, called("disableStaticNat").withQueryParam("ipaddressid", equalTo(NATTED)));
        harness.cloudStack.verify(0, called("queryAsyncJobResult"));

        Ec2Answer notAssociated = harness.execute("DisassociateAddress", Map.of("PublicIp", "192.168.2.6"));
        assertEquals(200, notAssociated.status(), notAssociated.body());
        harness.cloudStack.verify(1, called("disableStaticNat"));
    }

    @Test
    void releaseAddressSubmitsDisassociateIpAddressUnlessTheAddressIsInUse() throws Exception {
        stubThreeIps();
        harness.stub("disassociateIpAddress", "{\"disassociateipaddressresponse\":{\"jobid\":\"job-r\"}}");
        Ec2Answer released = harness.execute("ReleaseAddress", Map.of("AllocationId", EIP_ALLOC));
        assertEquals(200, released.status(), released.body());
        harness.cloudStack.verify(1, called("disassociateIpAddress").withQueryParam("id", equalTo(EIP)));
        Ec2Answer inUse = harness.execute("ReleaseAddress", Map.of("PublicIp", "192.168.2.7"));
        assertEquals("InvalidIPAddress.InUse", inUse.errorCode());
        harness.cloudStack.verify(1, called("disassociateIpAddress"));
    }
}
