package dev.ec2gateway.gateway.translators;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static dev.ec2gateway.gateway.translators.Ec2Harness.called;
import static dev.ec2gateway.gateway.translators.JobStubs.done;
import static dev.ec2gateway.gateway.translators.JobStubs.failed;
import static dev.ec2gateway.gateway.translators.SecurityGroupTranslatorTest.PEER_ID;
import static dev.ec2gateway.gateway.translators.SecurityGroupTranslatorTest.WEB;
import static dev.ec2gateway.gateway.translators.SecurityGroupTranslatorTest.WEB_ID;
import static dev.ec2gateway.gateway.translators.SecurityGroupTranslatorTest.allGroups;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authorize and Revoke, ingress and egress, in both request forms. */
class SecurityGroupRulesTest {
    private static final String SUCCESS = "{\"success\":true}";
    private static final String GROUP_RESULT = "{\"securitygroup\":{\"id\":\"" + WEB + "\",\"name\":\"ec2-sg-web\"}}";

    @RegisterExtension
    final Ec2Harness harness = new Ec2Harness();

    @BeforeEach
    void listTheGroups() {
        harness.stub("listSecurityGroups", allGroups());
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void theFlatFormAuthorizesOneRuleByGroupName() throws Exception {
        JobStubs.stubJob(harness, "authorizeSecurityGroupIngress", Map.of(), "job-1", done(GROUP_RESULT));
        Ec2Answer answer = harness.execute("AuthorizeSecurityGroupIngress", params("GroupName", "ec2-sg-web",
                "IpProtocol", "tcp", "FromPort", "8080", "ToPort", "8080", "CidrIp", "0.0.0.0/0"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/AuthorizeSecurityGroupIngressResponse/return"));
        harness.cloudStack.verify(1, called("authorizeSecurityGroupIngress")
                .withQueryParam("securitygroupid", equalTo(WEB)).withQueryParam("protocol", equalTo("tcp"))
                .withQueryParam("startport", equalTo("8080")).withQueryParam("endport", equalTo("8080"))
                .withQueryParam("cidrlist", equalTo("0.0.0.0/0")));
        harness.cloudStack.verify(called("queryAsyncJobResult").withQueryParam("jobid", equalTo("job-1")));
    }

    @Test
    void everyPermissionOfTheRequestIsAuthorizedWithAllItsSources() throws Exception {
        JobStubs.stubJob(harness, "authorizeSecurityGroupIngress", Map.of("protocol", "udp"), "job-udp", done(GROUP_RESULT));
        JobStubs.stubJob(harness, "authorizeSecurityGroupIngress", Map.of("protocol", "icmp"), "job-icmp", done(GROUP_RESULT));
        Ec2Answer answer = harness.execute("AuthorizeSecurityGroupIngress", params("GroupId", WEB_ID,
                "IpPermissions.1.IpProtocol", "17", "IpPermissions.1.FromPort", "5000",
                "IpPermissions.1.ToPort", "5001", "IpPermissions.1.IpRanges.1.CidrIp", "10.2.0.0/16",
                "IpPermissions.1.IpRanges.2.CidrIp", "10.3.0.0/16",
                "IpPermissions.2.IpProtocol", "icmp", "IpPermissions.2.FromPort", "8",
                "IpPermissions.2.ToPort", "0", "IpPermissions.2.Groups.1.GroupId", PEER_ID,
                "IpPermissions.2.Groups.2.GroupName", "web", "IpPermissions.2.Groups.2.UserId", "other"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("authorizeSecurityGroupIngress").withQueryParam("protocol", equalTo("udp"))
                .withQueryParam("startport", equalTo("5000")).withQueryParam("endport", equalTo("5001"))
                .withQueryParam("cidrlist", equalTo("10.2.0.0/16,10.3.0.0/16")));
        harness.cloudStack.verify(1, called("authorizeSecurityGroupIngress").withQueryParam("protocol", equalTo("icmp"))
                .withQueryParam("icmptype", equalTo("8")).withQueryParam("icmpcode", equalTo("0"))
                .withQueryParam("cidrlist", absent())
                .withQueryParam("usersecuritygrouplist[0].account", equalTo("ec2user"))
                .withQueryParam("usersecuritygrouplist[0].group", equalTo("ec2-sg-peer"))
                .withQueryParam("usersecuritygrouplist[1].account", equalTo("other"))
                .withQueryParam("usersecuritygrouplist[1].group", equalTo("web")));
        harness.cloudStack.verify(called("queryAsyncJobResult").withQueryParam("jobid", equalTo("job-udp")));
        harness.cloudStack.verify(called("queryAsyncJobResult").withQueryParam("jobid", equalTo("job-icmp")));
    }

    @Test
    void aSourceGroupWithoutAProtocolOpensTcpUdpAndIcmpAsEc2ClassicDid() throws Exception {
        JobStubs.stubJob(harness, "authorizeSecurityGroupIngress", Map.of(), "job-any", done(GROUP_RESULT));
        Ec2Answer answer = harness.execute("AuthorizeSecurityGroupIngress", params("GroupName", "ec2-sg-web",
                "SourceSecurityGroupName", "default", "SourceSecurityGroupOwnerId", "ec2user"));
        assertEquals(200, answer.status(), answer.body());
        for (String protocol : new String[] {"tcp", "udp", "icmp"}) {
            harness.cloudStack.verify(1, called("authorizeSecurityGroupIngress")
                    .withQueryParam("protocol", equalTo(protocol))
                    .withQueryParam("usersecuritygrouplist[0].group", equalTo("default")));
        }
    }

    @Test
    void allProtocolsIsMinusOneAndNeedsNoPorts() throws Exception {
        JobStubs.stubJob(harness, "authorizeSecurityGroupIngress", Map.of(), "job-all", done(GROUP_RESULT));
        Ec2Answer answer = harness.execute("AuthorizeSecurityGroupIngress", params("GroupName", "ec2-sg-web",
                "IpPermissions.1.IpProtocol", "-1", "IpPermissions.1.IpRanges.1.CidrIp", "192.0.2.0/24"));
        assertEquals(200, answer.status(), answer.body());
        harness.cloudStack.verify(1, called("authorizeSecurityGroupIngress").withQueryParam("protocol", equalTo("all"))
                .withQueryParam("startport", absent()).withQueryParam("cidrlist", equalTo("192.0.2.0/24")));
    }

    @Test
    void aRuleThatExistsIsInvalidPermissionDuplicateAndNothingIsAuthorized() throws Exception {
        Ec2Answer answer = harness.execute("AuthorizeSecurityGroupIngress", params("GroupName", "ec2-sg-web",
                "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "9000",
                "IpPermissions.1.ToPort", "9000", "IpPermissions.1.IpRanges.1.CidrIp", "0.0.0.0/0",
                "IpPermissions.2.IpProtocol", "tcp", "IpPermissions.2.FromPort", "22",
                "IpPermissions.2.ToPort", "22", "IpPermissions.2.IpRanges.1.CidrIp", "0.0.0.0/0"));
        assertEquals(400, answer.status());
        assertEquals("InvalidPermission.Duplicate", answer.errorCode());
        harness.cloudStack.verify(0, called("authorizeSecurityGroupIngress"));
    }

    @Test
    void aJobThatFailsWith530IsInvalidPermissionDuplicate() throws Exception {
        JobStubs.stubJob(harness, "authorizeSecurityGroupIngress", Map.of(), "job-dup",
                failed(530, "Failed to authorize security group ingress rule(s)"));
        Ec2Answer answer = harness.execute("AuthorizeSecurityGroupIngress", params("GroupName", "ec2-sg-web",
                "IpProtocol", "tcp", "FromPort", "25", "ToPort", "25", "CidrIp", "0.0.0.0/0"));
        assertEquals("InvalidPermission.Duplicate", answer.errorCode());
    }

    @Test
    void aJobThatFailsOtherwiseIsReported() throws Exception {
        JobStubs.stubJob(harness, "authorizeSecurityGroupIngress", Map.of(), "job-bad", failed(431, "Invalid protocol"));
        Ec2Answer answer = harness.execute("AuthorizeSecurityGroupIngress", params("GroupName", "ec2-sg-web",
                "IpProtocol", "tcp", "FromPort", "25", "ToPort", "25", "CidrIp", "0.0.0.0/0"));
        assertEquals("InvalidParameterValue", answer.errorCode());
    }

    @Test
    void badPermissionsAreRefusedBeforeCloudStackIsAsked() throws Exception {
        Map<String, String> ipv6 = params("GroupName", "ec2-sg-web", "IpPermissions.1.IpProtocol", "tcp",
                "IpPermissions.1.FromPort", "22", "IpPermissions.1.ToPort", "22",
                "IpPermissions.1.Ipv6Ranges.1.CidrIpv6", "::/0");
        assertEquals("UnsupportedOperation", harness.execute("AuthorizeSecurityGroupIngress", ipv6).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("AuthorizeSecurityGroupIngress", params(
                "GroupName", "ec2-sg-web", "IpProtocol", "gre", "CidrIp", "0.0.0.0/0")).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("AuthorizeSecurityGroupIngress", params(
                "GroupName", "ec2-sg-web", "IpProtocol", "tcp", "CidrIp", "0.0.0.0/0")).errorCode());
        assertEquals("InvalidParameterValue", harness.execute("AuthorizeSecurityGroupIngress", params(
                "GroupName", "ec2-sg-web", "IpProtocol", "tcp", "FromPort", "1", "ToPort", "2",
                "CidrIp", "10.0.0/8")).errorCode());
        assertEquals("InvalidGroup.NotFound", harness.execute("AuthorizeSecurityGroupIngress", params(
                "GroupName", "nope", "IpProtocol", "tcp", "FromPort", "1", "ToPort", "2",
                "CidrIp", "10.0.0.0/8")).errorCode());
        harness.cloudStack.verify(0, called("authorizeSecurityGroupIngress"));
    }

    @Test
    void revokeRevokesEachCloudStackRuleOfThePermission() throws Exception {
        JobStubs.stubJob(harness, "revokeSecurityGroupIngress", Map.of("id", "r-80a"), "job-r1", done(SUCCESS));
        JobStubs.stubJob(harness, "revokeSecurityGroupIngress", Map.of("id", "r-80b"), "job-r2", done(SUCCESS));
        JobStubs.stubJob(harness, "revokeSecurityGroupIngress", Map.of("id", "r-3306"), "job-r3", done(SUCCESS));
        Ec2Answer answer = harness.execute("RevokeSecurityGroupIngress", params("GroupId", WEB_ID,
                "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "80",
                "IpPermissions.1.ToPort", "81", "IpPermissions.1.IpRanges.1.CidrIp", "10.1.0.0/16",
                "IpPermissions.1.IpRanges.2.CidrIp", "192.168.10.0/24",
                "IpPermissions.2.IpProtocol", "6", "IpPermissions.2.FromPort", "3306",
                "IpPermissions.2.ToPort", "3306", "IpPermissions.2.Groups.1.GroupName", "ec2-sg-peer"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("true", answer.text("/RevokeSecurityGroupIngressResponse/return"));
        harness.cloudStack.verify(3, called("revokeSecurityGroupIngress"));
        for (String job : new String[] {"job-r1", "job-r2", "job-r3"}) {
            harness.cloudStack.verify(called("queryAsyncJobResult").withQueryParam("jobid", equalTo(job)));
        }
    }

    @Test
    void revokingARuleThatDoesNotExistIsInvalidPermissionNotFound() throws Exception {
        Ec2Answer answer = harness.execute("RevokeSecurityGroupIngress", params("GroupName", "ec2-sg-web",
                "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "22",
                "IpPermissions.1.ToPort", "22", "IpPermissions.1.IpRanges.1.CidrIp", "0.0.0.0/0",
                "IpPermissions.1.IpRanges.2.CidrIp", "10.9.0.0/16"));
        assertEquals(400, answer.status());
        assertEquals("InvalidPermission.NotFound", answer.errorCode());
        harness.cloudStack.verify(0, called("revokeSecurityGroupIngress"));
    }

    @Test
    void egressRulesAreAuthorizedAndRevokedWithTheEgressCommands() throws Exception {
        JobStubs.stubJob(harness, "authorizeSecurityGroupEgress", Map.of(), "job-e1", done(GROUP_RESULT));
        Ec2Answer authorized = harness.execute("AuthorizeSecurityGroupEgress", params("GroupId", WEB_ID,
                "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "80",
                "IpPermissions.1.ToPort", "80", "IpPermissions.1.IpRanges.1.CidrIp", "0.0.0.0/0"));
        assertEquals(200, authorized.status(), authorized.body());
        harness.cloudStack.verify(1, called("authorizeSecurityGroupEgress").withQueryParam("startport", equalTo("80")));
        JobStubs.stubJob(harness, "revokeSecurityGroupEgress", Map.of("id", "e-443"), "job-e2", done(SUCCESS));
        Ec2Answer revoked = harness.execute("RevokeSecurityGroupEgress", params("GroupId", WEB_ID,
                "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "443",
                "IpPermissions.1.ToPort", "443", "IpPermissions.1.IpRanges.1.CidrIp", "0.0.0.0/0"));
        assertEquals(200, revoked.status(), revoked.body());
        harness.cloudStack.verify(1, called("revokeSecurityGroupEgress").withQueryParam("id", equalTo("e-443")));
    }
}
