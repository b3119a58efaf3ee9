"""boto 2 on security groups (flat form, IpPermissions, a source group) and elastic IPs in the advanced zone
(allocate, associate to an instance RunInstances launched, disassociate, release), with tags on the group.
Environment: IMAGE_ID."""
import os
import sys

from boto2_connection import connect, running_instance, wait_for
from session import check, expect_error, step

IMAGE_ID = os.environ["IMAGE_ID"]


def rules(group):
    """A boto 2 group's ingress rules as comparable tuples."""
    return sorted((r.ip_protocol, str(r.from_port), str(r.to_port), tuple(sorted(g.cidr_ip for g in r.grants
                                                                            if g.cidr_ip)),
                   tuple(sorted(g.name for g in r.grants if g.name))) for r in group.rules)


def security_groups(conn):
    web = step("create_security_group", conn.create_security_group, "b2-web", "web servers")
    check("group id form", web.id.startswith("sg-"), True)
    peer = step("create_security_group peer", conn.create_security_group, "b2-peer", "peer group")
    expect_error("duplicate group", "InvalidGroup.Duplicate", conn.create_security_group, "b2-web", "again")

    step("authorize flat form", conn.authorize_security_group_deprecated, "b2-web", ip_protocol="tcp",
         from_port=22, to_port=22, cidr_ip="0.0.0.0/0")
    step("authorize IpPermissions", conn.authorize_security_group, group_id=web.id, ip_protocol="tcp",
         from_port=80, to_port=81, cidr_ip=["10.1.0.0/16", "192.168.10.0/24"])
    step("authorize IpPermissions source group", conn.authorize_security_group, group_name="b2-web",
         src_security_group_name="b2-peer", ip_protocol="tcp", from_port=3306, to_port=3306)
    expect_error("duplicate rule", "InvalidPermission.Duplicate", conn.authorize_security_group_deprecated,
                 "b2-web", ip_protocol="tcp", from_port=22, to_port=22, cidr_ip="0.0.0.0/0")

    group = step("get_all_security_groups by id", conn.get_all_security_groups, group_ids=[web.id])[0]
    check("described", (group.name, group.description), ("b2-web", "web servers"))
    check("rules", rules(group), sorted([
        ("tcp", "22", "22", ("0.0.0.0/0",), ()),
        ("tcp", "80", "81", ("10.1.0.0/16", "192.168.10.0/24"), ()),
        ("tcp", "3306", "3306", (), ("b2-peer",))]))
    filtered = step("get_all_security_groups ip-permission.cidr", conn.get_all_security_groups,
                    filters={"ip-permission.cidr": "192.168.10.*"})
    check("filtered", [g.name for g in filtered], ["b2-web"])

    step("create_tags on the group", conn.create_tags, [web.id], {"tier": "b2-front"})
    by_tag = step("get_all_security_groups tag:tier", conn.get_all_security_groups, filters={"tag:tier": "b2-front"})
    check("group found by tag", [g.id for g in by_tag], [web.id])
    tags = step("get_all_tags resource-type", conn.get_all_tags, filters={"resource-type": "security-group"})
    check("group tag", [(t.res_id, t.name, t.value) for t in tags], [(web.id, "tier", "b2-front")])

    step("revoke flat form", conn.revoke_security_group_deprecated, "b2-web", ip_protocol="tcp", from_port=22,
         to_port=22, cidr_ip="0.0.0.0/0")
    # boto 2's revoke_security_group takes one CIDR (its authorize takes a list).
    for cidr in ["10.1.0.0/16", "192.168.10.0/24"]:
        step("revoke IpPermissions " + cidr, conn.revoke_security_group, group_id=web.id, ip_protocol="tcp",
             from_port=80, to_port=81, cidr_ip=cidr)
    step("revoke source group", conn.revoke_security_group, group_name="b2-web", src_security_group_name="b2-peer",
         ip_protocol="tcp", from_port=3306, to_port=3306)
    expect_error("revoke a missing rule", "InvalidPermission.NotFound", conn.revoke_security_group_deprecated,
                 "b2-web", ip_protocol="tcp", from_port=22, to_port=22, cidr_ip="0.0.0.0/0")
    left = step("get_all_security_groups by name", conn.get_all_security_groups, groupnames=["b2-web"])[0]
    check("no rules left", rules(left), [])

    step("delete_security_group by id", conn.delete_security_group, group_id=web.id)
    step("delete_security_group by name", conn.delete_security_group, "b2-peer")
    expect_error("deleted group is gone", "InvalidGroup.NotFound", conn.get_all_security_groups,
                 groupnames=["b2-web"])


def elastic_ips(conn):
    instance = step("run_instances in the advanced zone", running_instance, conn, IMAGE_ID, "Sim-Advanced")
    address = step("allocate_address", conn.allocate_address, domain="vpc")
    check("allocation id form", address.allocation_id.startswith("eipalloc-"), True)
    check("domain", address.domain, "vpc")
    association = step("associate_address_object", conn.associate_address_object, instance_id=instance.id,
                       allocation_id=address.allocation_id)
    check("association id form", association.association_id.startswith("eipassoc-"), True)
    listed = step("get_all_addresses by allocation id", conn.get_all_addresses,
                  allocation_ids=[address.allocation_id])
    check("associated", (listed[0].instance_id, listed[0].association_id), (instance.id, association.association_id))
    by_instance = step("get_all_addresses instance-id", conn.get_all_addresses,
                       filters={"instance-id": instance.id})
    check("filtered", [a.public_ip for a in by_instance], [address.public_ip])
    expect_error("release while associated", "InvalidIPAddress.InUse", conn.release_address,
                 allocation_id=address.allocation_id)

    step("disassociate_address", conn.disassociate_address, association_id=association.association_id)
    wait_for("address disassociated", lambda: conn.get_all_addresses(
        allocation_ids=[address.allocation_id])[0].association_id is None)
    step("release_address", conn.release_address, allocation_id=address.allocation_id)
    wait_for("address released", lambda: address.public_ip not in [a.public_ip for a in conn.get_all_addresses()])
    step("terminate_instances", conn.terminate_instances, instance_ids=[instance.id])


def main():
    conn = connect()
    security_groups(conn)
    elastic_ips(conn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
