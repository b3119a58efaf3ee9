package dev.ec2gateway.gateway.soap;

import java.util.Map;

/**
 * Where EC2's SOAP requests keep what the Query API calls by another name: Query parameter name →
 * path of SOAP elements below the parent element. A path ending in {@code item} is a list whose items
 * are read whole; one ending in {@code item/x} a list of the {@code x} of the items that have one.
 * Names not in the table follow EC2's rule: a list {@code Name.N} is {@code nameSet/item}, anything else
 * {@code name}. An entry {@code Name} applies to lists of that name in every action; an entry
 * {@code Action:Name} to that action's parameter only, list or not, and wins.
 * A table, not code: an action whose SOAP names differ adds its rows here.
 */
final class SoapNames {
    /** The path of a parameter whose value is the name of the one child element no other parameter reads. */
    static final String ELEMENT_NAME = "*";
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("AllocationId", "allocationIdsSet/item"),
            Map.entry("BlockDeviceMapping", "blockDeviceMapping/item"),
            Map.entry("ExecutableBy", "executableBySet/item"),
            Map.entry("ImageId", "imagesSet/item"),
            Map.entry("InstanceId", "instancesSet/item"),
            Map.entry("KeyName", "keySet/item"),
            Map.entry("Owner", "ownersSet/item"),
            Map.entry("PublicIp", "publicIpsSet/item"),
            Map.entry("RegionName", "regionSet/item"),
            Map.entry("ResourceId", "resourcesSet/item"),
            Map.entry("RestorableBy", "restorableBySet/item"),
            Map.entry("SnapshotId", "snapshotSet/item"),
            Map.entry("VolumeId", "volumeSet/item"),
            Map.entry("ZoneName", "availabilityZoneSet/item"),
            Map.entry("DescribeSecurityGroups:GroupName", "securityGroupSet/item"),
            Map.entry("DescribeSecurityGroups:GroupId", "securityGroupIdSet/item"),
            // Instances, instance types and images
            Map.entry("DescribeImageAttribute:Attribute", ELEMENT_NAME),
            Map.entry("DescribeInstanceAttribute:Attribute", ELEMENT_NAME),
            Map.entry("ModifyImageAttribute:Add", "add/item"),
            Map.entry("ModifyImageAttribute:Remove", "remove/item"),
            Map.entry("ModifyInstanceAttribute:GroupId", "groupSet/item/groupId"),
            Map.entry("ResetImageAttribute:Attribute", ELEMENT_NAME),
            Map.entry("RunInstances:SecurityGroup", "groupSet/item/groupName"),
            Map.entry("RunInstances:SecurityGroupId", "groupSet/item/groupId"),
            Map.entry("RunInstances:UserData", "userData/data"),
            // Elastic IP addresses and security groups: a permission's lists have no "Set" in their SOAP names
            Map.entry("IpPermissions", "ipPermissions/item"),
            Map.entry("Groups", "groups/item"),
            Map.entry("IpRanges", "ipRanges/item"),
            Map.entry("Ipv6Ranges", "ipv6Ranges/item"),
            Map.entry("PrefixListIds", "prefixListIds/item"));

    /**
     * Versions before 2011-01-01 had no security group ids: their groupSet/item/groupId holds the group's name.
     * Rows here win over the table above for those versions; an empty path reads nothing.
     */
    private static final String FIRST_VERSION_WITH_GROUP_IDS = "2011-01-01";
    private static final Map<String, String> BEFORE_GROUP_IDS = Map.of(
            "RunInstances:SecurityGroup", "groupSet/item/groupId",
            "RunInstances:SecurityGroupId", "");

    private SoapNames() {
    }

    /** The SOAP path of a Query parameter of an action in an API version; for a list it ends in {@code item} or {@code item/x}. */
    static String path(String action, String version, String queryName, boolean list) {
        String key = action + ":" + queryName;
        // API versions are dates written YYYY-MM-DD, so they compare as text
        if (version.compareTo(FIRST_VERSION_WITH_GROUP_IDS) < 0 && BEFORE_GROUP_IDS.containsKey(key)) {
            return BEFORE_GROUP_IDS.get(key);
        }
        String specific = PATHS.get(key);
        if (specific != null) {
            return specific;
        }
        String general = list ? PATHS.get(queryName) : null;
        if (general != null) {
            return general;
        }
        String name = Character.toLowerCase(queryName.charAt(0)) + queryName.substring(1);
        return list ? name + "Set/item" : name;
    }
}
