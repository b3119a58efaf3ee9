package dev.ec2gateway.e2e;

import static dev.ec2gateway.e2e.SoapSteps.filter;
import static dev.ec2gateway.e2e.SoapSteps.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps of a SOAP tool's session on one user's resources, each a raw request in Amazon's element
 * names whose answer values are checked: images, security groups, instances, volumes, snapshots, tags
 * and elastic IPs.
 */
final class SoapResourceSession {
    private static final String SSH = permission("tcp", 22, 22, "0.0.0.0/0");
    private static final String HTTP = permission("tcp", 80, 81, "10.1.0.0/16");

    private final SoapSteps steps;
    private final String imageId;

    SoapResourceSession(SoapSteps steps, String imageId) {
        this.steps = steps;
        this.imageId = imageId;
    }

    void describesTheImage() throws Exception {
        SoapTool.Answer images = steps.ok("DescribeImages", set("imagesSet", "imageId", imageId));
        assertEquals(List.of(imageId), images.texts("imagesSet/item/imageId"));
        assertEquals(List.of("available"), images.texts("imagesSet/item/imageState"));
    }

    /** Creates the group; its id. */
    String createsAGroup(String name) throws Exception {
        SoapTool.Answer created = steps.ok("CreateSecurityGroup", "<groupName>" + name + "</groupName>"
                + "<groupDescription>web servers</groupDescription>");
        assertEquals("true", created.text("return"));
        String groupId = created.text("groupId");
        assertTrue(groupId.startsWith("sg-"), groupId);
        steps.fault("InvalidGroup.Duplicate", "CreateSecurityGroup", "<groupName>" + name + "</groupName>"
                + "<groupDescription>again</groupDescription>");
        SoapTool.Answer described = steps.ok("DescribeSecurityGroups", set("securityGroupSet", "groupName", name));
        assertEquals(List.of(groupId), described.texts("securityGroupInfo/item/groupId"));
        assertEquals(List.of("web servers"), described.texts("securityGroupInfo/item/groupDescription"));
        assertEquals(Set.of(), permissions(described));
        return groupId;
    }

    /** Authorizes SSH from anywhere and HTTP from a network, then revokes SSH. */
    void authorizesAndRevokesIngress(String groupId, String name) throws Exception {
        SoapTool.Answer authorized = steps.tool().signed(steps.version(), "AuthorizeSecurityGroupIngress",
                "<groupName>" + name + "</groupName><ipPermissions>" + SSH + HTTP + "</ipPermissions>");
        assertEquals(200, authorized.status(), () -> authorized.faultCode() + ": " + authorized.text("faultstring"));
        assertEquals("true", authorized.text("return"));
        SoapTool.Answer described = steps.ok("DescribeSecurityGroups", set("securityGroupSet", "groupName", name));
        assertEquals(Set.of("tcp 22-22 0.0.0.0/0", "tcp 80-81 10.1.0.0/16"), permissions(described));

        assertEquals("true", steps.ok("RevokeSecurityGroupIngress", "<groupId>" + groupId + "</groupId>"
                + "<ipPermissions>" + SSH + "</ipPermissions>").text("return"));
        steps.fault("InvalidPermission.NotFound", "RevokeSecurityGroupIngress", "<groupId>" + groupId
                + "</groupId><ipPermissions>" + SSH + "</ipPermissions>");
        assertEquals(Set.of("tcp 80-81 10.1.0.0/16"), permissions(steps.ok("DescribeSecurityGroups",
                set("securityGroupIdSet", "groupId", groupId))));
    }

    /**
     * Launches one instance of the image with the groupSet in the zone and waits until it runs in the
     * groups named; its id.
     */
    String launchesInto(String groupSet, String zone, List<String> groupNames) throws Exception {
        return launched(steps.ok("RunInstances", runInstances(groupSet, zone)), zone, groupNames);
    }

    String runInstances(String groupSet, String zone) {
        return "<imageId>" + imageId + "</imageId><minCount>1</minCount><maxCount>1</maxCount>" + groupSet
                + "<instanceType>m1.small</instanceType><placement><availabilityZone>" + zone
                + "</availabilityZone></placement>";
    }

    /** Checks RunInstances' answer and waits until the instance runs in the groups named; its id. */
    String launched(SoapTool.Answer run, String zone, List<String> groupNames) throws Exception {
        String reservation = run.text("reservationId");
        String instance = run.texts("instancesSet/item/instanceId").get(0);
        assertTrue(instance.startsWith("i-"), instance);
        assertEquals(List.of("pending"), run.texts("instancesSet/item/instanceState/name"));
        assertEquals(List.of(imageId), run.texts("instancesSet/item/imageId"));
        assertEquals(List.of("m1.small"), run.texts("instancesSet/item/instanceType"));
        assertEquals(List.of(zone), run.texts("instancesSet/item/placement/availabilityZone"));

        SoapTool.Answer running = waitsUntil(instance, "running");
        assertEquals(List.of(reservation), running.texts("reservationSet/item/reservationId"));
        if (steps.version().startsWith("2010")) {
            // 2010-11-15's groupSet items hold only groupId, which in that version was the group's name; the
            // gateway writes the sg- id there, so only the count is checked.
            assertEquals(groupNames.size(), running.texts("reservationSet/item/groupSet/item/groupId").size());
        } else {
            assertEquals(groupNames, running.texts("instancesSet/item/groupSet/item/groupName"));
        }
        return instance;
    }

    /** DescribeInstances of the one instance until it is in the state; the last answer. */
    SoapTool.Answer waitsUntil(String instance, String state) throws Exception {
        return steps.until(instance + " " + state, "DescribeInstances", set("instancesSet", "instanceId", instance),
                answer -> answer.status() == 200
                        && answer.texts("instancesSet/item/instanceState/name").equals(List.of(state)));
    }

    void stopsAndStarts(String instance) throws Exception {
        SoapTool.Answer stopped = steps.ok("StopInstances", set("instancesSet", "instanceId", instance));
        assertEquals(List.of(instance), stopped.texts("instancesSet/item/instanceId"));
        assertEquals(List.of("running"), stopped.texts("instancesSet/item/previousState/name"));
        assertEquals(List.of("stopping"), stopped.texts("instancesSet/item/currentState/name"));
        waitsUntil(instance, "stopped");

        SoapTool.Answer started = steps.ok("StartInstances", set("instancesSet", "instanceId", instance));
        assertEquals(List.of("stopped"), started.texts("instancesSet/item/previousState/name"));
        assertEquals(List.of("pending"), started.texts("instancesSet/item/currentState/name"));
        waitsUntil(instance, "running");
    }

    /** A volume attached to the instance, a snapshot of it, both and the instance tagged, then all undone. */
    void attachesAVolumeSnapshotsAndTagsIt(String instance, String zone) throws Exception {
        SoapTool.Answer created = steps.ok("CreateVolume", "<size>1</size><availabilityZone>" + zone
                + "</availabilityZone>");
        String volume = created.text("volumeId");
        assertTrue(volume.startsWith("vol-"), volume);
        assertEquals(List.of("1", zone, "creating"), List.of(created.text("size"), created.text("availabilityZone"),
                created.text("status")));
        volumeUntil(volume, "available");

        SoapTool.Answer attaching = steps.ok("AttachVolume", "<volumeId>" + volume + "</volumeId><instanceId>"
                + instance + "</instanceId><device>/dev/sdf</device>");
        assertEquals(List.of(volume, instance, "/dev/sdf", "attaching"), List.of(attaching.text("volumeId"),
                attaching.text("instanceId"), attaching.text("device"), attaching.text("status")));
        SoapTool.Answer attached = steps.until("attached", "DescribeVolumes", set("volumeSet", "volumeId", volume),
                answer -> answer.texts("attachmentSet/item/status").equals(List.of("attached")));
        assertEquals(List.of("in-use"), attached.texts("volumeSet/item/status"));
        assertEquals(List.of(instance), attached.texts("attachmentSet/item/instanceId"));
        steps.fault("VolumeInUse", "DeleteVolume", "<volumeId>" + volume + "</volumeId>");

        String snapshot = snapshots(volume);
        tags(instance, volume, snapshot);

        SoapTool.Answer detaching = steps.ok("DetachVolume", "<volumeId>" + volume + "</volumeId>");
        assertEquals(List.of(volume, instance, "detaching"), List.of(detaching.text("volumeId"),
                detaching.text("instanceId"), detaching.text("status")));
        volumeUntil(volume, "available");
        steps.fault("IncorrectState", "DetachVolume", "<volumeId>" + volume + "</volumeId>");

        assertEquals("true", steps.ok("DeleteSnapshot", "<snapshotId>" + snapshot + "</snapshotId>").text("return"));
        // DeleteSnapshot and DeleteVolume answer once CloudStack accepted the job; the resource goes shortly after.
        steps.until("snapshot gone", "DescribeSnapshots", set("snapshotSet", "snapshotId", snapshot),
                answer -> "InvalidSnapshot.NotFound".equals(answer.faultCode()));
        assertEquals("true", steps.ok("DeleteVolume", "<volumeId>" + volume + "</volumeId>").text("return"));
        steps.until("volume gone", "DescribeVolumes", set("volumeSet", "volumeId", volume),
                answer -> "InvalidVolume.NotFound".equals(answer.faultCode()));
    }

    private void volumeUntil(String volume, String status) throws Exception {
        steps.until(volume + " " + status, "DescribeVolumes", set("volumeSet", "volumeId", volume),
                answer -> answer.texts("volumeSet/item/status").equals(List.of(status)));
    }

    private String snapshots(String volume) throws Exception {
        SoapTool.Answer created = steps.ok("CreateSnapshot", "<volumeId>" + volume + "</volumeId>"
                + "<description>soap</description>");
        String snapshot = created.text("snapshotId");
        assertTrue(snapshot.startsWith("snap-"), snapshot);
        assertEquals(List.of(volume, "pending", "soap"), List.of(created.text("volumeId"), created.text("status"),
                created.text("description")));
        SoapTool.Answer completed = steps.until("completed", "DescribeSnapshots",
                set("snapshotSet", "snapshotId", snapshot),
                answer -> answer.texts("snapshotSet/item/status").equals(List.of("completed")));
        assertEquals(List.of(volume), completed.texts("snapshotSet/item/volumeId"));
        assertEquals(List.of("100%"), completed.texts("snapshotSet/item/progress"));
        return snapshot;
    }

    private void tags(String instance, String volume, String snapshot) throws Exception {
        assertEquals("true", steps.ok("CreateTags", set("resourcesSet", "resourceId", instance, volume, snapshot)
                + "<tagSet><item><key>env</key><value>soap</value></item></tagSet>").text("return"));
        SoapTool.Answer tagged = steps.ok("DescribeTags", filter("key", "env"));
        assertEquals(Set.of("instance " + instance, "volume " + volume, "snapshot " + snapshot),
                pairs(tagged.texts("tagSet/item/resourceType"), tagged.texts("tagSet/item/resourceId")));
        assertEquals(List.of("soap", "soap", "soap"), tagged.texts("tagSet/item/value"));
        SoapTool.Answer byTag = steps.ok("DescribeVolumes", "<volumeSet/>" + filter("tag:env", "soap"));
        assertEquals(List.of(volume), byTag.texts("volumeSet/item/volumeId"));
    }

    /** Allocates an elastic IP, associates it to the instance, disassociates and releases it. */
    void associatesAnElasticIp(String instance) throws Exception {
        SoapTool.Answer allocated = steps.ok("AllocateAddress", "<domain>vpc</domain>");
        String publicIp = allocated.text("publicIp");
        String allocation = allocated.text("allocationId");
        assertTrue(allocation.startsWith("eipalloc-"), allocation);
        assertEquals("vpc", allocated.text("domain"));

        SoapTool.Answer associated = steps.ok("AssociateAddress", "<allocationId>" + allocation + "</allocationId>"
                + "<instanceId>" + instance + "</instanceId>");
        assertEquals("true", associated.text("return"));
        String association = associated.text("associationId");
        assertTrue(association.startsWith("eipassoc-"), association);
        SoapTool.Answer described = steps.ok("DescribeAddresses", "<publicIpsSet/>"
                + set("allocationIdsSet", "allocationId", allocation));
        assertEquals(List.of(publicIp, instance, association), List.of(described.text("publicIp"),
                described.text("instanceId"), described.text("associationId")));
        SoapTool.Answer byInstance = steps.ok("DescribeAddresses", "<publicIpsSet/><allocationIdsSet/>"
                + filter("instance-id", instance));
        assertEquals(List.of(publicIp), byInstance.texts("addressesSet/item/publicIp"));
        steps.fault("InvalidIPAddress.InUse", "ReleaseAddress", "<allocationId>" + allocation + "</allocationId>");

        assertEquals("true", steps.ok("DisassociateAddress", "<associationId>" + association + "</associationId>")
                .text("return"));
        steps.until("disassociated", "DescribeAddresses", "<publicIpsSet/>"
                + set("allocationIdsSet", "allocationId", allocation),
                answer -> answer.status() == 200 && answer.texts("addressesSet/item/associationId").isEmpty());
        assertEquals("true", steps.ok("ReleaseAddress", "<allocationId>" + allocation + "</allocationId>")
                .text("return"));
        steps.until("released", "DescribeAddresses", "<publicIpsSet/><allocationIdsSet/>",
                answer -> answer.status() == 200 && !answer.texts("addressesSet/item/allocationId").contains(allocation));
    }

    /** Terminates the instances and waits until they are. */
    void terminates(String... instances) throws Exception {
        SoapTool.Answer terminating = steps.ok("TerminateInstances", set("instancesSet", "instanceId", instances));
        assertEquals(List.of(instances), terminating.texts("instancesSet/item/instanceId"));
        for (String state : terminating.texts("instancesSet/item/currentState/name")) {
            assertTrue(List.of("shutting-down", "terminated").contains(state), state);
        }
        for (String instance : instances) {
            waitsUntil(instance, "terminated");
        }
    }

    void deletesTheGroup(String groupId, String name) throws Exception {
        // A terminated instance holds its groups until CloudStack has expunged it, as in EC2: clients retry.
        SoapTool.Answer deleted = steps.until("deleted", "DeleteSecurityGroup", "<groupName>" + name + "</groupName>",
                answer -> !"InvalidGroup.InUse".equals(answer.faultCode()));
        assertEquals(200, deleted.status(), () -> deleted.faultCode() + ": " + deleted.text("faultstring"));
        assertEquals("true", deleted.text("return"));
        steps.fault("InvalidGroup.NotFound", "DescribeSecurityGroups", "<securityGroupSet/>"
                + set("securityGroupIdSet", "groupId", groupId));
    }

    private static String permission(String protocol, int from, int to, String cidr) {
        return "<item><ipProtocol>" + protocol + "</ipProtocol><fromPort>" + from + "</fromPort><toPort>" + to
                + "</toPort><groups/><ipRanges><item><cidrIp>" + cidr + "</cidrIp></item></ipRanges></item>";
    }

    /** The group's permissions as "protocol from-to cidr", one per range. */
    private static Set<String> permissions(SoapTool.Answer described) {
        Set<String> permissions = new TreeSet<>();
        List<String> protocols = described.texts("ipPermissions/item/ipProtocol");
        List<String> froms = described.texts("ipPermissions/item/fromPort");
        List<String> tos = described.texts("ipPermissions/item/toPort");
        List<String> cidrs = described.texts("ipPermissions/item/ipRanges");
        for (int i = 0; i < protocols.size(); i++) {
            permissions.add(protocols.get(i) + " " + froms.get(i) + "-" + tos.get(i) + " " + cidrs.get(i));
        }
        return permissions;
    }

    private static Set<String> pairs(List<String> first, List<String> second) {
        assertEquals(first.size(), second.size(), first + " " + second);
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < first.size(); i++) {
            pairs.add(first.get(i) + " " + second.get(i));
        }
        return pairs;
    }
}
