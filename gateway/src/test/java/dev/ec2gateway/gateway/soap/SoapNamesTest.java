package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoapNamesTest {
    @Test
    void aListFollowsEc2sRuleUnlessTheTableSaysOtherwise() {
        assertEquals("filterSet/item", SoapNames.path("DescribeImages", "2014-02-01", "Filter", true));
        assertEquals("instancesSet/item", SoapNames.path("DescribeInstances", "2014-02-01", "InstanceId", true));
        assertEquals("description", SoapNames.path("CreateSecurityGroup", "2014-02-01", "Description", false));
    }

    @Test
    void before2011AGroupSetItemsGroupIdIsTheGroupsName() {
        assertEquals("groupSet/item/groupId", SoapNames.path("RunInstances", "2010-11-15", "SecurityGroup", true));
        assertEquals("", SoapNames.path("RunInstances", "2010-11-15", "SecurityGroupId", true));
        assertEquals("groupSet/item/groupName", SoapNames.path("RunInstances", "2011-01-01", "SecurityGroup", true));
        assertEquals("groupSet/item/groupId", SoapNames.path("RunInstances", "2014-02-01", "SecurityGroupId", true));
    }
}
