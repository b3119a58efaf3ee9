"""boto3 session for security groups: create, authorize and revoke in both forms, describe, delete;
a second account sees none of it."""
import os
import sys

import boto3
from botocore.config import Config

from session import ACCESS_KEY, EC2_URL, REGION, SECRET_KEY, check, expect_error, step


def client(access_key, secret_key):
    return boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=access_key,
                        aws_secret_access_key=secret_key, config=Config(retries={"max_attempts": 1}))


def permissions(group):
    """The group's ingress permissions as comparable tuples."""
    return sorted((p["IpProtocol"], p.get("FromPort"), p.get("ToPort"),
                   tuple(sorted(r["CidrIp"] for r in p.get("IpRanges", []))),
                   tuple(sorted(g.get("GroupName") for g in p.get("UserIdGroupPairs", []))))
                  for p in group["IpPermissions"])


def main():
    ec2 = client(ACCESS_KEY, SECRET_KEY)
    other = client(os.environ["OTHER_ACCESS_KEY"], os.environ["OTHER_SECRET_KEY"])

    web = step("create_security_group", ec2.create_security_group, GroupName="b3-web",
               Description="web servers")["GroupId"]
    check("group id form", web.startswith("sg-"), True)
    peer = step("create_security_group peer", ec2.create_security_group, GroupName="b3-peer",
                Description="peer group")["GroupId"]
    expect_error("duplicate group", "InvalidGroup.Duplicate", ec2.create_security_group, GroupName="b3-web",
                 Description="again")

    step("authorize IpPermissions", ec2.authorize_security_group_ingress, GroupId=web, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 81,
         "IpRanges": [{"CidrIp": "10.1.0.0/16"}, {"CidrIp": "192.168.10.0/24"}]},
        {"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
        {"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "UserIdGroupPairs": [{"GroupId": peer}]}])
    step("authorize flat form", ec2.authorize_security_group_ingress, GroupName="b3-web", IpProtocol="tcp",
         FromPort=22, ToPort=22, CidrIp="0.0.0.0/0")
    expect_error("duplicate rule", "InvalidPermission.Duplicate", ec2.authorize_security_group_ingress,
                 GroupName="b3-web", IpProtocol="tcp", FromPort=22, ToPort=22, CidrIp="0.0.0.0/0")

    described = step("describe_security_groups", ec2.describe_security_groups, GroupIds=[web])
    group = described["SecurityGroups"][0]
    check("described group", (group["GroupName"], group["Description"]), ("b3-web", "web servers"))
    check("merged permissions", permissions(group), sorted([
        ("icmp", -1, -1, ("10.0.0.0/8",), ()),
        ("tcp", 22, 22, ("0.0.0.0/0",), ()),
        ("tcp", 80, 81, ("10.1.0.0/16", "192.168.10.0/24"), ()),
        ("tcp", 3306, 3306, (), ("b3-peer",))]))
    pair = [p for p in group["IpPermissions"] if p["FromPort"] == 3306][0]["UserIdGroupPairs"][0]
    check("source group id", pair["GroupId"], peer)
    by_cidr = step("describe by ip-permission.cidr", ec2.describe_security_groups,
                   Filters=[{"Name": "ip-permission.cidr", "Values": ["192.168.10.*"]}])
    check("filtered", [g["GroupName"] for g in by_cidr["SecurityGroups"]], ["b3-web"])

    step("revoke IpPermissions", ec2.revoke_security_group_ingress, GroupId=web, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 81,
         "IpRanges": [{"CidrIp": "10.1.0.0/16"}, {"CidrIp": "192.168.10.0/24"}]},
        {"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "UserIdGroupPairs": [{"GroupName": "b3-peer"}]}])
    step("revoke flat form", ec2.revoke_security_group_ingress, GroupName="b3-web", IpProtocol="tcp",
         FromPort=22, ToPort=22, CidrIp="0.0.0.0/0")
    expect_error("revoke a missing rule", "InvalidPermission.NotFound", ec2.revoke_security_group_ingress,
                 GroupName="b3-web", IpProtocol="tcp", FromPort=22, ToPort=22, CidrIp="0.0.0.0/0")
    left = step("describe after revoke", ec2.describe_security_groups, GroupNames=["b3-web"])
    check("only icmp left", permissions(left["SecurityGroups"][0]), [("icmp", -1, -1, ("10.0.0.0/8",), ())])

    theirs = step("other account describes", other.describe_security_groups)
    check("other account sees none of ours",
          [g["GroupName"] for g in theirs["SecurityGroups"] if g["GroupName"].startswith("b3-")], [])
    expect_error("other account: group id", "InvalidGroup.NotFound", other.describe_security_groups,
                 GroupIds=[web])
    expect_error("other account: group name", "InvalidGroup.NotFound", other.describe_security_groups,
                 GroupNames=["b3-web"])
    expect_error("other account: authorize", "InvalidGroup.NotFound", other.authorize_security_group_ingress,
                 GroupId=web, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 1, "ToPort": 1,
                                              "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    expect_error("other account: delete", "InvalidGroup.NotFound", other.delete_security_group, GroupId=web)

    step("delete_security_group by id", ec2.delete_security_group, GroupId=web)
    step("delete_security_group by name", ec2.delete_security_group, GroupName="b3-peer")
    expect_error("deleted group is gone", "InvalidGroup.NotFound", ec2.describe_security_groups,
                 GroupNames=["b3-web"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
