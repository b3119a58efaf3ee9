package dev.ec2gateway.e2e;

import static dev.ec2gateway.e2e.JavaSdkStorageSession.errorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * The AWS SDK for Java v2 on security groups (the flat form, IpPermissions, a source group, tags) and on
 * elastic IPs in the advanced zone, associated to an instance RunInstances launched there.
 */
final class JavaSdkNetworkSession {
    private JavaSdkNetworkSession() {
    }

    static void run(URI endpoint, String region, String accessKey, String secretKey, String imageId) {
        try (Ec2Client ec2 = JavaSdkClients.client(endpoint, region, accessKey, secretKey)) {
            securityGroups(ec2);
            elasticIps(ec2, imageId);
        }
    }

    private static void securityGroups(Ec2Client ec2) {
        String web = ec2.createSecurityGroup(r -> r.groupName("java-web").description("web servers")).groupId();
        String peer = ec2.createSecurityGroup(r -> r.groupName("java-peer").description("peer group")).groupId();
        assertEquals("InvalidGroup.Duplicate",
                errorOf(() -> ec2.createSecurityGroup(r -> r.groupName("java-web").description("again"))));

        ec2.authorizeSecurityGroupIngress(r -> r.groupName("java-web").ipProtocol("tcp").fromPort(22).toPort(22)
                .cidrIp("0.0.0.0/0"));
        IpPermission http = IpPermission.builder().ipProtocol("tcp").fromPort(80).toPort(81)
                .ipRanges(IpRange.builder().cidrIp("10.1.0.0/16").build()).build();
        IpPermission mysql = IpPermission.builder().ipProtocol("tcp").fromPort(3306).toPort(3306)
                .userIdGroupPairs(UserIdGroupPair.builder().groupId(peer).build()).build();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(http, mysql));
        assertEquals("InvalidPermission.Duplicate", errorOf(() -> ec2.authorizeSecurityGroupIngress(r -> r
                .groupId(web).ipPermissions(http))));

        SecurityGroup group = ec2.describeSecurityGroups(r -> r.groupIds(web)).securityGroups().get(0);
        assertEquals(List.of("tcp 22-22 [0.0.0.0/0] []", "tcp 3306-3306 [] [" + peer + "]", "tcp 80-81 [10.1.0.0/16] []"),
                permissions(group));
        ec2.createTags(r -> r.resources(web).tags(Tag.builder().key("tier").value("java-front").build()));
        assertEquals(List.of(web), ec2.describeSecurityGroups(r -> r.filters(Filter.builder().name("tag:tier")
                .values("java-front").build())).securityGroups().stream().map(SecurityGroup::groupId).toList());
        assertEquals(List.of("security-group " + web), ec2.describeTags(r -> r.filters(Filter.builder()
                .name("resource-id").values(web).build())).tags().stream()
                .map(t -> t.resourceTypeAsString() + " " + t.resourceId()).toList());

        ec2.revokeSecurityGroupIngress(r -> r.groupName("java-web").ipProtocol("tcp").fromPort(22).toPort(22)
                .cidrIp("0.0.0.0/0"));
        ec2.revokeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(http, mysql));
        assertEquals("InvalidPermission.NotFound", errorOf(() -> ec2.revokeSecurityGroupIngress(r -> r
                .groupId(web).ipPermissions(http))));
        assertEquals(List.of(), permissions(ec2.describeSecurityGroups(r -> r.groupNames("java-web"))
                .securityGroups().get(0)));

        ec2.deleteSecurityGroup(r -> r.groupId(web));
        ec2.deleteSecurityGroup(r -> r.groupName("java-peer"));
        assertEquals("InvalidGroup.NotFound", errorOf(() -> ec2.describeSecurityGroups(r -> r.groupIds(web))));
    }

    private static List<String> permissions(SecurityGroup group) {
        return group.ipPermissions().stream().map(p -> p.ipProtocol() + " " + p.fromPort() + "-" + p.toPort() + " "
                + p.ipRanges().stream().map(IpRange::cidrIp).sorted().toList() + " "
                + p.userIdGroupPairs().stream().map(UserIdGroupPair::groupId).sorted().toList()).sorted().toList();
    }

    private static void elasticIps(Ec2Client ec2, String imageId) {
        String instance = JavaSdkClients.runningInstance(ec2, imageId, "Sim-Advanced");
        AllocateAddressResponse allocated = ec2.allocateAddress(r -> r.domain(DomainType.VPC));
        String allocation = allocated.allocationId();
        assertTrue(allocation.startsWith("eipalloc-"), allocation);
        String association = ec2.associateAddress(r -> r.allocationId(allocation).instanceId(instance))
                .associationId();
        assertTrue(association.startsWith("eipassoc-"), association);
        Address address = address(ec2, allocation);
        assertEquals(List.of(instance, association, allocated.publicIp()),
                List.of(address.instanceId(), address.associationId(), address.publicIp()));
        assertEquals(List.of(allocated.publicIp()), ec2.describeAddresses(r -> r.filters(Filter.builder()
                .name("instance-id").values(instance).build())).addresses().stream().map(Address::publicIp).toList());
        assertEquals("InvalidIPAddress.InUse", errorOf(() -> ec2.releaseAddress(r -> r.allocationId(allocation))));

        // Disassociate and Release answer once CloudStack accepted the job; the change shows up shortly after.
        ec2.disassociateAddress(r -> r.associationId(association));
        JavaSdkClients.poll("disassociated", () -> address(ec2, allocation).associationId() == null);
        assertNull(address(ec2, allocation).instanceId());
        ec2.releaseAddress(r -> r.allocationId(allocation));
        JavaSdkClients.poll("released", () -> ec2.describeAddresses().addresses().stream()
                .noneMatch(a -> allocation.equals(a.allocationId())));
        JavaSdkClients.terminate(ec2, instance);
    }

    private static Address address(Ec2Client ec2, String allocation) {
        return ec2.describeAddresses(r -> r.allocationIds(allocation)).addresses().get(0);
    }
}
