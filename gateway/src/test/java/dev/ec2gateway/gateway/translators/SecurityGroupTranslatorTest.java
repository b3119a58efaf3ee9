package dev.ec2gateway.gateway.translators;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ec2gateway.ec2.Ec2Ids;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecurityGroupTranslatorTest {
    static final String DEFAULT = "914c0828-9565-4a87-bc08-5fd47f9588d7";
    static final String WEB = "829684f7-450e-483c-a320-564bf3affa75";
    static final String PEER = "087a91db-48b6-42f9-8bec-4db8a9321ed8";
    static final String WEB_ID = Ec2Ids.of(Ec2Ids.Kind.SECURITY_GROUP, WEB);
    static final String PEER_ID = Ec2Ids.of(Ec2Ids.Kind.SECURITY_GROUP, PEER);
    private static final String INFO = "/DescribeSecurityGroupsResponse/securityGroupInfo/item";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    static String group(String id, String name, String description, String ingress, String egress, String tags) {
        return """
                {"id":"%s","name":"%s","description":"%s","account":"ec2user",
                 "domainid":"12a08eb8-e7c0-11f1-ba74-02fc00000001","domain":"ROOT","domainpath":"/",
                 "ingressrule":[%s],"egressrule":[%s],"tags":[%s],"virtualmachinecount":0,"virtualmachineids":[]}"""
                .formatted(id, name, description, ingress, egress, tags);
    }

    static String cidrRule(String ruleId, String protocol, int start, int end, String cidr) {
        return """
                {"ruleid":"%s","protocol":"%s","startport":%d,"endport":%d,"cidr":"%s","tags":[]}"""
                .formatted(ruleId, protocol, start, end, cidr);
    }

    static String icmpRule(String ruleId, int type, int code, String cidr) {
        return """
                {"ruleid":"%s","protocol":"icmp","icmptype":%d,"icmpcode":%d,"cidr":"%s","tags":[]}"""
                .formatted(ruleId, type, code, cidr);
    }

    static String groupRule(String ruleId, String protocol, int start, int end, String group) {
        return """
                {"ruleid":"%s","protocol":"%s","startport":%d,"endport":%d,"securitygroupname":"%s",
                 "account":"ec2user","tags":[]}""".formatted(ruleId, protocol, start, end, group);
    }

    static String webGroup() {
        return group(WEB, "ec2-sg-web", "web servers",
                String.join(",", cidrRule("r-22", "tcp", 22, 22, "0.0.0.0/0"),
                        cidrRule("r-80a", "tcp", 80, 81, "10.1.0.0/16"),
                        cidrRule("r-80b", "tcp", 80, 81, "192.168.10.0/24"),
                        icmpRule("r-icmp", -1, -1, "10.0.0.0/8"),
                        groupRule("r-3306", "tcp", 3306, 3306, "ec2-sg-peer")),
                String.join(",", cidrRule("e-443", "tcp", 443, 443, "0.0.0.0/0"),
                        groupRule("e-53", "udp", 53, 53, "ec2-sg-peer")),
                "{\"key\":\"Name\",\"value\":\"web-sg\",\"resourcetype\":\"SecurityGroup\",\"resourceid\":\"" + WEB
                        + "\",\"account\":\"ec2user\",\"domainid\":\"12a08eb8\",\"domain\":\"ROOT\"}");
    }

    static String allGroups() {
        return list(group(DEFAULT, "default", "Default Security Group", "", "", ""), webGroup(),
                group(PEER, "ec2-sg-peer", "peer group", cidrRule("r-all", "all", 0, 0, "172.16.0.0/12"), "", ""));
    }

    static String list(String... groups) {
        return groups.length == 0 ? "{\"listsecuritygroupsresponse\":{}}"
                : "{\"listsecuritygroupsresponse\":{\"count\":" + groups.length + ",\"securitygroup\":["
                + String.join(",", groups) + "]}}";
    }

    static String error(String command, int code, String text) {
        return "{\"" + command.toLowerCase() + "response\":{\"uuidList\":[],\"errorcode\":" + code
                + ",\"cserrorcode\":4350,\"errortext\":\"" + text + "\"}}";
    }

    @Test
    void createSecurityGroupAnswersTheSgIdOfCloudStacksUuid() throws Exception {
        harness.stub("createSecurityGroup", "{\"createsecuritygroupresponse\":{\"securitygroup\":"
                + group(WEB, "ec2-sg-web", "web servers", "", "", "") + "}}");
        Ec2Answer answer = harness.execute("CreateSecurityGroup",
                Map.of("GroupName", "ec2-sg-web", "GroupDescription", "web servers"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(WEB_ID, answer.text("/CreateSecurityGroupResponse/groupId"));
        harness.cloudStack.verify(1, called("createSecurityGroup").withQueryParam("name", equalTo("ec2-sg-web"))
                .withQueryParam("description", equalTo("web servers")));
    }

    @Test
    void createSecurityGroupWithATakenNameIsInvalidGroupDuplicate() throws Exception {
        harness.stub("createSecurityGroup", 431, error("createSecurityGroup", 431,
                "Unable to create security group, a group with name ec2-sg-web already exists."));
        harness.stub("listSecurityGroups", allGroups());
        Ec2Answer answer = harness.execute("CreateSecurityGroup",
                Map.of("GroupName", "ec2-sg-web", "GroupDescription", "again"));
        assertEquals(400, answer.status());
        assertEquals("InvalidGroup.Duplicate", answer.errorCode());
    }

    @Test
    void createSecurityGroupInAVpcOrNamedLikeAnIdIsRefusedBeforeCloudStackIsAsked() throws Exception {
        Ec2Answer vpc = harness.execute("CreateSecurityGroup",
                Map.of("GroupName", "web", "GroupDescription", "d", "VpcId", "vpc-12345678"));
        assertEquals("UnsupportedOperation", vpc.errorCode());
        Ec2Answer idLike = harness.execute("CreateSecurityGroup",
                Map.of("GroupName", "sg-web", "GroupDescription", "d"));
        assertEquals("InvalidParameterValue", idLike.errorCode());
        Ec2Answer noDescription = harness.execute("CreateSecurityGroup", Map.of("GroupName", "web"));
        assertEquals("MissingParameter", noDescription.errorCode());
        assertEquals(0, harness.cloudStack.getAllServeEvents().size());
    }

    @Test
    void deleteSecurityGroupByNameOrIdDeletesByCloudStackId() throws Exception {
        harness.stub("listSecurityGroups", allGroups());
        harness.stub("deleteSecurityGroup", "{\"deletesecuritygroupresponse\":{\"success\":true}}");
        Ec2Answer byName = harness.execute("DeleteSecurityGroup", Map.of("GroupName", "ec2-sg-web"));
        assertEquals(200, byName.status(), byName.body());
        assertEquals("true", byName.text("/DeleteSecurityGroupResponse/return"));
        Ec2Answer byId = harness.execute("DeleteSecurityGroup", Map.of("GroupId", PEER_ID));
        assertEquals(200, byId.status(), byId.body());
        harness.cloudStack.verify(1, called("deleteSecurityGroup").withQueryParam("id", equalTo(WEB)));
        harness.cloudStack.verify(1, called("deleteSecurityGroup").withQueryParam("id", equalTo(PEER)));
    }

    @Test
    void theDefaultGroupCannotBeDeleted() throws Exception {
        harness.stub("listSecurityGroups", allGroups());
        Ec2Answer answer = harness.execute("DeleteSecurityGroup", Map.of("GroupName", "default"));
        assertEquals(400, answer.status());
        assertEquals("CannotDelete", answer.errorCode());
        harness.cloudStack.verify(0, called("deleteSecurityGroup"));
    }

    @Test
    void aGroupInUseByInstancesIsInvalidGroupInUse() throws Exception {
        harness.stub("listSecurityGroups", allGroups());
        harness.stub("deleteSecurityGroup", 536, error("deleteSecurityGroup", 536,
                "Cannot delete group when it's in use by virtual machines"));
        Ec2Answer answer = harness.execute("DeleteSecurityGroup", Map.of("GroupName", "ec2-sg-web"));
        assertEquals("InvalidGroup.InUse", answer.errorCode());
    }

    @Test
    void deletingAnUnknownGroupIsInvalidGroupNotFound() throws Exception {
        harness.stub("listSecurityGroups", allGroups());
        assertEquals("InvalidGroup.NotFound",
                harness.execute("DeleteSecurityGroup", Map.of("GroupName", "nope")).errorCode());
        assertEquals("InvalidGroup.NotFound",
                harness.execute("DeleteSecurityGroup", Map.of("GroupId", "sg-0123456789abcdef0")).errorCode());
        assertEquals("InvalidGroupId.Malformed",
                harness.execute("DeleteSecurityGroup", Map.of("GroupId", "sg-xyz")).errorCode());
        harness.cloudStack.verify(0, called("deleteSecurityGroup"));
    }

    @Test
    void aGroupWithoutADescriptionInCloudStackStillHasTheDescriptionElementEc2Requires() throws Exception {
        harness.stub("listSecurityGroups", list(group(WEB, "made-elsewhere", "", "", "", "")
                .replace("\"description\":\"\",", "")));
        Ec2Answer answer = harness.execute("DescribeSecurityGroups", Map.of());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of(""), answer.texts(INFO + "/groupDescription"));
    }

    @Test
    void describeMergesCloudStacksRulesIntoEc2Permissions() throws Exception {
        harness.stub("listSecurityGroups", allGroups());
        Ec2Answer answer = harness.execute("DescribeSecurityGroups", Map.of());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("default", "ec2-sg-web", "ec2-sg-peer"), answer.texts(INFO + "/groupName"));
        String web = INFO + "[2]";
        assertEquals(WEB_ID, answer.text(web + "/groupId"));
        assertEquals("ec2user", answer.text(web + "/ownerId"));
        assertEquals("web servers", answer.text(web + "/groupDescription"));
        String in = web + "/ipPermissions/item";
        assertEquals(List.of("tcp", "tcp", "icmp", "tcp"), answer.texts(in + "/ipProtocol"));
        assertEquals(List.of("22", "80", "-1", "3306"), answer.texts(in + "/fromPort"));
        assertEquals(List.of("22", "81", "-1", "3306"), answer.texts(in + "/toPort"));
        assertEquals(List.of("10.1.0.0/16", "192.168.10.0/24"), answer.texts(in + "[2]/ipRanges/item/cidrIp"));
        assertEquals(List.of(), answer.texts(in + "[4]/ipRanges/item"));
        assertEquals("ec2-sg-peer", answer.text(in + "[4]/groups/item/groupName"));
        assertEquals("ec2user", answer.text(in + "[4]/groups/item/userId"));
        assertEquals(PEER_ID, answer.text(in + "[4]/groups/item/groupId"));
        assertEquals(List.of("tcp", "udp"), answer.texts(web + "/ipPermissionsEgress/item/ipProtocol"));
        assertEquals("web-sg", answer.text(web + "/tagSet/item[key='Name']/value"));
        String all = INFO + "[3]/ipPermissions/item";
        assertEquals("-1", answer.text(all + "/ipProtocol"));
        assertEquals(List.of(), answer.texts(all + "/fromPort"));
        harness.cloudStack.verify(1, called("listSecurityGroups"));
    }

    @Test
    void describeByNamePushesTheNameAndUnknownNamesOrIdsAreNotFound() throws Exception {
        harness.stub("listSecurityGroups", list(webGroup()));
        Ec2Answer answer = harness.execute("DescribeSecurityGroups", Map.of("GroupName.1", "ec2-sg-web"));
        assertEquals(List.of(WEB_ID), answer.texts(INFO + "/groupId"));
        harness.cloudStack.verify(called("listSecurityGroups").withQueryParam("securitygroupname",
                equalTo("ec2-sg-web")));

        harness.stub("listSecurityGroups", list());
        assertEquals("InvalidGroup.NotFound",
                harness.execute("DescribeSecurityGroups", Map.of("GroupName.1", "nope")).errorCode());
        harness.stub("listSecurityGroups", allGroups());
        assertEquals("InvalidGroup.NotFound",
                harness.execute("DescribeSecurityGroups", Map.of("GroupId.1", "sg-0123456789abcdef0")).errorCode());
        assertEquals("InvalidGroupId.Malformed",
                harness.execute("DescribeSecurityGroups", Map.of("GroupId.1", "web")).errorCode());
    }

    @Test
    void describeFiltersByPermissionFieldsAndTags() throws Exception {
        harness.stub("listSecurityGroups", allGroups());
        Ec2Answer byCidr = harness.execute("DescribeSecurityGroups", Map.of(
                "Filter.1.Name", "ip-permission.cidr", "Filter.1.Value.1", "172.16.*"));
        assertEquals(List.of("ec2-sg-peer"), byCidr.texts(INFO + "/groupName"));
        Ec2Answer byPeer = harness.execute("DescribeSecurityGroups", Map.of(
                "Filter.1.Name", "ip-permission.group-name", "Filter.1.Value.1", "ec2-sg-peer",
                "Filter.2.Name", "ip-permission.from-port", "Filter.2.Value.1", "3306"));
        assertEquals(List.of("ec2-sg-web"), byPeer.texts(INFO + "/groupName"));
        Ec2Answer byTag = harness.execute("DescribeSecurityGroups", Map.of(
                "Filter.1.Name", "tag:Name", "Filter.1.Value.1", "web-sg"));
        assertEquals(List.of("ec2-sg-web"), byTag.texts(INFO + "/groupName"));
        harness.cloudStack.verify(called("listSecurityGroups").withQueryParam("tags[0].key", equalTo("Name"))
                .withQueryParam("tags[0].value", equalTo("web-sg")));
        Ec2Answer unknown = harness.execute("DescribeSecurityGroups", Map.of(
                "Filter.1.Name", "colour", "Filter.1.Value.1", "red"));
        assertEquals("InvalidParameterValue", unknown.errorCode());
    }

    @Test
    void describePagesWithMaxResults() throws Exception {
        String[] groups = new String[7];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = group("00000000-0000-0000-0000-00000000000" + i, "g" + i, "d", "", "", "");
        }
        harness.stub("listSecurityGroups", list(groups));
        Ec2Answer first = harness.execute("DescribeSecurityGroups", Map.of("MaxResults", "5"));
        assertEquals(5, first.texts(INFO).size());
        String token = first.text("/DescribeSecurityGroupsResponse/nextToken");
        Ec2Answer second = harness.execute("DescribeSecurityGroups", Map.of("MaxResults", "5", "NextToken", token));
        assertEquals(List.of("g5", "g6"), second.texts(INFO + "/groupName"));
        assertEquals(List.of(), second.texts("/DescribeSecurityGroupsResponse/nextToken"));
    }
}
