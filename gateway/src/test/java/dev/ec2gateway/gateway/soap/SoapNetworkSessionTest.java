package dev.ec2gateway.gateway.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static dev.ec2gateway.gateway.soap.SoapHarness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A SOAP tool's session on elastic IPs and security groups, over the oldest and the newest EC2 namespace:
 * Amazon's request elements (ipPermissions/item/groups/item, ipRanges/item/cidrIp, publicIpsSet, ...)
 * reach CloudStack as the same commands the Query API makes, and each answer is valid against the WSDL.
 */
class SoapNetworkSessionTest {
    private static final String ZONE = "a42e53c5-bcd2-4357-ad0b-c58b0ea2d717";
    private static final String NETWORK = "571a1568-8fe9-463f-8034-af1a8e50e1aa";
    private static final String EIP = "ae662461-8122-4dd2-b3a7-3597b50ddc65";
    private static final String NATTED = "0c1c5d0e-5a55-4bd4-9a2b-8a4a3e3f0a11";
    private static final String VM = "70696bf2-6200-4e12-a755-f12ba8ce2ad2";
    private static final String OTHER_VM = "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091";
    private static final String WEB = "829684f7-450e-483c-a320-564bf3affa75";
    private static final String PEER = "087a91db-48b6-42f9-8bec-4db8a9321ed8";
    private static final String WEB_ID = Ec2Ids.of(Kind.SECURITY_GROUP, WEB);
    private static final String PEER_ID = Ec2Ids.of(Kind.SECURITY_GROUP, PEER);

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void elasticIpsAreAllocatedAssociatedListedAndReleasedOverSoap(String version) throws Exception {
        SignedSession soap = harness.session(version);
        harness.stub("listZones", "{\"listzonesresponse\":{\"count\":1,\"zone\":[{\"id\":\"" + ZONE
                + "\",\"name\":\"Sim-Advanced\",\"networktype\":\"Advanced\",\"allocationstate\":\"Enabled\"}]}}");
        harness.stub("listNetworks", "{\"listnetworksresponse\":{\"count\":1,\"network\":[{\"id\":\"" + NETWORK
                + "\",\"name\":\"ec2-net\",\"zoneid\":\"" + ZONE + "\",\"type\":\"Isolated\",\"state\":\"Implemented\"}]}}");
        job("associateIpAddress", "networkid", NETWORK, "job-a", "{\"ipaddress\":" + ip(EIP, "192.168.2.6", null) + "}");
        harness.stub("listPublicIpAddresses", "{\"listpublicipaddressesresponse\":{\"count\":2,\"publicipaddress\":["
                + ip(EIP, "192.168.2.6", null) + "," + ip(NATTED, "192.168.2.7", VM) + "]}}");
        harness.stub("listVirtualMachines", "{\"listvirtualmachinesresponse\":{\"count\":1,\"virtualmachine\":["
                + "{\"id\":\"" + OTHER_VM + "\",\"name\":\"vm2\",\"state\":\"Running\"}]}}");
        harness.stub("enableStaticNat", "{\"enablestaticnatresponse\":{\"success\":true}}");
        harness.stub("disableStaticNat", "{\"disablestaticnatresponse\":{\"jobid\":\"job-d\"}}");
        harness.stub("disassociateIpAddress", "{\"disassociateipaddressresponse\":{\"jobid\":\"job-r\"}}");
        String allocationId = Ec2Ids.of(Kind.ALLOCATION, EIP);

        Element allocated = soap.call("AllocateAddress", "<domain>vpc</domain>");
        assertEquals(List.of("192.168.2.6", "vpc", allocationId, "Sim-Advanced"), children(allocated));
        harness.cloudStack.verify(1, called("associateIpAddress").withQueryParam("networkid", equalTo(NETWORK)));

        Element all = soap.call("DescribeAddresses", "<publicIpsSet/><allocationIdsSet/>");
        assertEquals(List.of("192.168.2.6", "192.168.2.7"), texts(all, "addressesSet/item/publicIp"));
        Element natted = at(all, "addressesSet/item").get(1);
        assertEquals(List.of("192.168.2.7", Ec2Ids.of(Kind.ALLOCATION, NATTED), "vpc", Ec2Ids.of(Kind.INSTANCE, VM),
                Ec2Ids.of(Kind.ASSOCIATION, NATTED), "10.1.1.200", "", "Sim-Advanced"), children(natted));
        Element byIp = soap.call("DescribeAddresses", "<publicIpsSet><item><publicIp>192.168.2.7</publicIp>"
                + "</item></publicIpsSet><allocationIdsSet/>");
        assertEquals(List.of("192.168.2.7"), texts(byIp, "addressesSet/item/publicIp"));
        harness.cloudStack.verify(called("listPublicIpAddresses").withQueryParam("ipaddress", equalTo("192.168.2.7")));
        Element byIdAndFilter = soap.call("DescribeAddresses", "<publicIpsSet/><allocationIdsSet><item>"
                + "<allocationId>" + allocationId + "</allocationId></item></allocationIdsSet><filterSet><item>"
                + "<name>domain</name><valueSet><item><value>vpc</value></item></valueSet></item></filterSet>");
        assertEquals(List.of("192.168.2.6"), texts(byIdAndFilter, "addressesSet/item/publicIp"));

        Element associated = soap.call("AssociateAddress", "<allocationId>" + allocationId
                + "</allocationId><instanceId>" + Ec2Ids.of(Kind.INSTANCE, OTHER_VM) + "</instanceId>");
        assertEquals(List.of("true", Ec2Ids.of(Kind.ASSOCIATION, EIP)), children(associated));
        harness.cloudStack.verify(1, called("enableStaticNat").withQueryParam("ipaddressid", equalTo(EIP))
                .withQueryParam("virtualmachineid", equalTo(OTHER_VM)));

        Element disassociated = soap.call("DisassociateAddress",
                "<associationId>" + Ec2Ids.of(Kind.ASSOCIATION, NATTED) + "</associationId>");
        assertEquals("true", text(disassociated, "return"));
        harness.cloudStack.verify(1, called("disableStaticNat").withQueryParam("ipaddressid", equalTo(NATTED)));

        Element released = soap.call("ReleaseAddress", "<publicIp>192.168.2.6</publicIp>");
        assertEquals("true", text(released, "return"));
        harness.cloudStack.verify(1, called("disassociateIpAddress").withQueryParam("id", equalTo(EIP)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void securityGroupsAndTheirPermissionsAreManagedOverSoap(String version) throws Exception {
        SignedSession soap = harness.session(version);
        harness.stub("createSecurityGroup", "{\"createsecuritygroupresponse\":{\"securitygroup\":"
                + group(PEER, "ec2-sg-peer", "peer group", "", "") + "}}");
        harness.stub("listSecurityGroups", "{\"listsecuritygroupsresponse\":{\"count\":2,\"securitygroup\":["
                + webGroup() + "," + group(PEER, "ec2-sg-peer", "peer group",
                "{\"ruleid\":\"r-all\",\"protocol\":\"all\",\"cidr\":\"172.16.0.0/12\"}", "") + "]}}");
        job("authorizeSecurityGroupIngress", "protocol", "udp", "job-udp", "{\"securitygroup\":{\"id\":\"" + WEB + "\"}}");
        job("authorizeSecurityGroupIngress", "protocol", "icmp", "job-icmp", "{\"securitygroup\":{\"id\":\"" + WEB + "\"}}");
        job("authorizeSecurityGroupEgress", "protocol", "tcp", "job-egress", "{\"securitygroup\":{\"id\":\"" + WEB + "\"}}");
        for (String rule : List.of("r-80a", "r-80b", "r-3306")) {
            job("revokeSecurityGroupIngress", "id", rule, "job-" + rule, "{\"success\":true}");
        }
        job("revokeSecurityGroupEgress", "id", "e-53", "job-e-53", "{\"success\":true}");
        harness.stub("deleteSecurityGroup", "{\"deletesecuritygroupresponse\":{\"success\":true}}");

        Element created = soap.call("CreateSecurityGroup",
                "<groupName>ec2-sg-peer</groupName><groupDescription>peer group</groupDescription>");
        assertEquals(List.of("true", PEER_ID, ""), children(created));
        harness.cloudStack.verify(1, called("createSecurityGroup").withQueryParam("name", equalTo("ec2-sg-peer"))
                .withQueryParam("description", equalTo("peer group")));

        Element web = at(soap.call("DescribeSecurityGroups", "<securityGroupSet><item>"
                + "<groupName>ec2-sg-web</groupName></item></securityGroupSet>"), "securityGroupInfo/item").get(0);
        assertEquals(List.of("ec2user", WEB_ID, "ec2-sg-web", "web servers"), children(web).subList(0, 4));
        assertEquals(List.of("tcp", "tcp"), texts(web, "ipPermissions/item/ipProtocol"));
        assertEquals(List.of("10.1.0.0/16", "192.168.10.0/24"), texts(web, "ipPermissions/item/ipRanges/item/cidrIp"));
        assertEquals(List.of("ec2user", PEER_ID, "ec2-sg-peer"), children(at(web, "ipPermissions/item/groups/item").get(0)));
        assertEquals(List.of("udp"), texts(web, "ipPermissionsEgress/item/ipProtocol"));
        harness.cloudStack.verify(called("listSecurityGroups").withQueryParam("securitygroupname", equalTo("ec2-sg-web")));
        Element peer = soap.call("DescribeSecurityGroups", "<securityGroupSet/><securityGroupIdSet><item>"
                + "<groupId>" + PEER_ID + "</groupId></item></securityGroupIdSet>");
        assertEquals(List.of("ec2-sg-peer"), texts(peer, "securityGroupInfo/item/groupName"));
        Element all = at(peer, "securityGroupInfo/item/ipPermissions/item").get(0);
        assertEquals(List.of("-1", "", ""), children(all));
        assertEquals(List.of("172.16.0.0/12"), texts(all, "ipRanges/item/cidrIp"));

        Element authorized = soap.call("AuthorizeSecurityGroupIngress", "<groupId>" + WEB_ID + "</groupId>"
                + "<ipPermissions>" + permission("udp", "5000", "5001", "", "10.2.0.0/16", "10.3.0.0/16")
                + permission("icmp", "8", "0", "<item><groupId>" + PEER_ID + "</groupId></item><item><userId>other"
                + "</userId><groupName>web</groupName></item>") + "</ipPermissions>");
        assertEquals("true", text(authorized, "return"));
        harness.cloudStack.verify(1, called("authorizeSecurityGroupIngress").withQueryParam("securitygroupid", equalTo(WEB))
                .withQueryParam("protocol", equalTo("udp")).withQueryParam("startport", equalTo("5000"))
                .withQueryParam("endport", equalTo("5001")).withQueryParam("cidrlist", equalTo("10.2.0.0/16,10.3.0.0/16")));
        harness.cloudStack.verify(1, called("authorizeSecurityGroupIngress").withQueryParam("protocol", equalTo("icmp"))
                .withQueryParam("icmptype", equalTo("8")).withQueryParam("icmpcode", equalTo("0"))
                .withQueryParam("cidrlist", absent())
                .withQueryParam("usersecuritygrouplist[0].account", equalTo("ec2user"))
                .withQueryParam("usersecuritygrouplist[0].group", equalTo("ec2-sg-peer"))
                .withQueryParam("usersecuritygrouplist[1].account", equalTo("other"))
                .withQueryParam("usersecuritygrouplist[1].group", equalTo("web")));

        Element egress = soap.call("AuthorizeSecurityGroupEgress", "<groupId>" + WEB_ID + "</groupId>"
                + "<ipPermissions>" + permission("tcp", "8443", "8443", "", "0.0.0.0/0") + "</ipPermissions>");
        assertEquals("true", text(egress, "return"));
        harness.cloudStack.verify(1, called("authorizeSecurityGroupEgress").withQueryParam("securitygroupid", equalTo(WEB))
                .withQueryParam("startport", equalTo("8443")).withQueryParam("cidrlist", equalTo("0.0.0.0/0")));

        Element revoked = soap.call("RevokeSecurityGroupIngress", "<userId>ec2user</userId>"
                + "<groupName>ec2-sg-web</groupName><ipPermissions>"
                + permission("tcp", "80", "81", "", "10.1.0.0/16", "192.168.10.0/24")
                + permission("6", "3306", "3306", "<item><groupName>ec2-sg-peer</groupName></item>") + "</ipPermissions>");
        assertEquals("true", text(revoked, "return"));
        for (String rule : List.of("r-80a", "r-80b", "r-3306")) {
            harness.cloudStack.verify(1, called("revokeSecurityGroupIngress").withQueryParam("id", equalTo(rule)));
        }

        Element revokedEgress = soap.call("RevokeSecurityGroupEgress", "<groupId>" + WEB_ID + "</groupId>"
                + "<ipPermissions>" + permission("udp", "53", "53", "<item><groupId>" + PEER_ID + "</groupId></item>")
                + "</ipPermissions>");
        assertEquals("true", text(revokedEgress, "return"));
        harness.cloudStack.verify(1, called("revokeSecurityGroupEgress").withQueryParam("id", equalTo("e-53")));

        Element deleted = soap.call("DeleteSecurityGroup", "<groupName>ec2-sg-peer</groupName>");
        assertEquals(List.of("true", PEER_ID), children(deleted));
        harness.cloudStack.verify(1, called("deleteSecurityGroup").withQueryParam("id", equalTo(PEER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-11-15", "2014-02-01"})
    void anIpv6RangeInAPermissionIsRefusedNotDropped(String version) throws Exception {
        SignedSession soap = harness.session(version);
        harness.stub("listSecurityGroups", "{\"listsecuritygroupsresponse\":{\"count\":1,\"securitygroup\":["
                + webGroup() + "]}}");
        String body = "<groupId>" + WEB_ID + "</groupId><ipPermissions><item><ipProtocol>tcp</ipProtocol>"
                + "<fromPort>22</fromPort><toPort>22</toPort><groups/><ipRanges><item><cidrIp>10.0.0.0/8</cidrIp></item>"
                + "</ipRanges><ipv6Ranges><item><cidrIpv6>::/0</cidrIpv6></item></ipv6Ranges></item></ipPermissions>";
        SOAPFaultException fault = assertThrows(SOAPFaultException.class,
                () -> soap.send("AuthorizeSecurityGroupIngress", body));
        assertEquals("UnsupportedOperation", fault.getFault().getFaultCodeAsQName().getLocalPart());
        harness.cloudStack.verify(0, called("authorizeSecurityGroupIngress"));
    }

    /** CloudStack takes the async command with these parameters as job {@code jobId}, which ends with result. */
    private void job(String command, String param, String value, String jobId, String result) {
        harness.cloudStack.stubFor(WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", equalTo(command)).withQueryParam(param, equalTo(value))
                .willReturn(WireMock.okJson("{\"" + command.toLowerCase() + "response\":{\"jobid\":\"" + jobId + "\"}}")));
        harness.cloudStack.stubFor(WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", equalTo("queryAsyncJobResult")).withQueryParam("jobid", equalTo(jobId))
                .willReturn(WireMock.okJson("{\"queryasyncjobresultresponse\":{\"jobid\":\"" + jobId + "\","
                        + "\"jobstatus\":1,\"jobresultcode\":0,\"jobresulttype\":\"object\",\"jobresult\":" + result
                        + "}}")));
    }

    private static String ip(String id, String address, String vm) {
        String nat = vm == null ? "\"isstaticnat\":false" : "\"isstaticnat\":true,\"virtualmachineid\":\"" + vm
                + "\",\"vmipaddress\":\"10.1.1.200\"";
        return "{\"id\":\"" + id + "\",\"ipaddress\":\"" + address + "\",\"zoneid\":\"" + ZONE + "\","
                + "\"zonename\":\"Sim-Advanced\",\"issourcenat\":false,\"forvirtualnetwork\":true,\"account\":\"ec2user\","
                + "\"associatednetworkid\":\"" + NETWORK + "\",\"state\":\"Allocated\",\"tags\":[]," + nat + "}";
    }

    private static String group(String id, String name, String description, String ingress, String egress) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"description\":\"" + description + "\","
                + "\"account\":\"ec2user\",\"ingressrule\":[" + ingress + "],\"egressrule\":[" + egress + "],\"tags\":[]}";
    }

    private static String webGroup() {
        return group(WEB, "ec2-sg-web", "web servers", String.join(",",
                        rule("r-80a", "tcp", 80, 81, "\"cidr\":\"10.1.0.0/16\""),
                        rule("r-80b", "tcp", 80, 81, "\"cidr\":\"192.168.10.0/24\""),
                        rule("r-3306", "tcp", 3306, 3306, "\"securitygroupname\":\"ec2-sg-peer\",\"account\":\"ec2user\"")),
                rule("e-53", "udp", 53, 53, "\"securitygroupname\":\"ec2-sg-peer\",\"account\":\"ec2user\""));
    }

    private static String rule(String id, String protocol, int start, int end, String source) {
        return "{\"ruleid\":\"" + id + "\",\"protocol\":\"" + protocol + "\",\"startport\":" + start + ",\"endport\":"
                + end + "," + source + "}";
    }

    /** One ipPermissions item the way Amazon's SOAP tools write it; groups is the inside of groups. */
    private static String permission(String protocol, String from, String to, String groups, String... cidrs) {
        StringBuilder ranges = new StringBuilder();
        for (String cidr : cidrs) {
            ranges.append("<item><cidrIp>").append(cidr).append("</cidrIp></item>");
        }
        return "<item><ipProtocol>" + protocol + "</ipProtocol><fromPort>" + from + "</fromPort><toPort>" + to
                + "</toPort><groups>" + groups + "</groups><ipRanges>" + ranges + "</ipRanges></item>";
    }

    /** The text of each child element, in order: the answer's element order is the contract's. */
    private static List<String> children(Element element) {
        List<String> texts = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && !"requestId".equals(e.getLocalName())) {
                texts.add(e.getElementsByTagNameNS("*", "*").getLength() == 0 ? e.getTextContent() : "");
            }
        }
        return texts;
    }

    /** The elements at a path of local names below an element. */
    private static List<Element> at(Element parent, String path) {
        List<Element> current = List.of(parent);
        for (String step : path.split("/")) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e && step.equals(e.getLocalName())) {
                        next.add(e);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static List<String> texts(Element parent, String path) {
        return at(parent, path).stream().map(Element::getTextContent).toList();
    }

    private static String text(Element parent, String path) {
        return at(parent, path).get(0).getTextContent();
    }
}
