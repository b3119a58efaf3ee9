"""boto3 session on volumes, snapshots and tags: create, attach, snapshot, tag, detach, delete, and a second
account that must see none of it."""
import os
import sys
import time

import boto3
from botocore.config import Config

from cloudstack_vm import running_vm
from session import ACCESS_KEY, EC2_URL, REGION, SECRET_KEY, check, expect_error, step

OTHER_KEY = os.environ["OTHER_ACCESS_KEY"]
OTHER_SECRET = os.environ["OTHER_SECRET_KEY"]
FAST = {"Delay": 1, "MaxAttempts": 60}


def client(access_key, secret_key):
    return boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=access_key,
                        aws_secret_access_key=secret_key, config=Config(retries={"max_attempts": 1}))


def attached_volume(ec2, volume_id):
    """in-use comes while the attachment is still attaching, as on EC2: wait for attached."""
    for _ in range(100):
        volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0]
        if volume["Attachments"] and volume["Attachments"][0]["State"] == "attached":
            return volume
        time.sleep(0.1)
    raise RuntimeError("never attached: %r" % volume)


def main():
    ec2 = client(ACCESS_KEY, SECRET_KEY)
    zone = step("describe_availability_zones", ec2.describe_availability_zones,
                ZoneNames=["Sim-Basic"])["AvailabilityZones"][0]
    check("zone available", zone["State"], "available")
    vm_uuid, instance_id = step("a running VM (through CloudStack)", running_vm, ACCESS_KEY, SECRET_KEY, "Sim-Basic")

    created = step("create_volume", ec2.create_volume, AvailabilityZone="Sim-Basic", Size=1,
                   TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "e2e-data"}]}])
    volume_id = created["VolumeId"]
    check("creating at once", created["State"], "creating")
    check("size", created["Size"], 1)
    step("waiter volume_available", ec2.get_waiter("volume_available").wait, VolumeIds=[volume_id],
         WaiterConfig=FAST)
    tagged = step("describe_volumes tag:Name", ec2.describe_volumes,
                  Filters=[{"Name": "tag:Name", "Values": ["e2e-data"]}])["Volumes"]
    check("found by tag", [v["VolumeId"] for v in tagged], [volume_id])

    attached = step("attach_volume", ec2.attach_volume, VolumeId=volume_id, InstanceId=instance_id,
                    Device="/dev/sdf")
    check("attaching at once", attached["State"], "attaching")
    step("waiter volume_in_use", ec2.get_waiter("volume_in_use").wait, VolumeIds=[volume_id], WaiterConfig=FAST)
    volume = step("describe_volumes by id", attached_volume, ec2, volume_id)
    check("attachment", (volume["Attachments"][0]["InstanceId"], volume["Attachments"][0]["Device"],
                         volume["Attachments"][0]["State"]), (instance_id, "/dev/sdf", "attached"))
    expect_error("delete an attached volume", "VolumeInUse", ec2.delete_volume, VolumeId=volume_id)
    on_instance = step("describe_volumes attachment.instance-id", ec2.describe_volumes,
                       Filters=[{"Name": "attachment.instance-id", "Values": [instance_id]}])["Volumes"]
    check("root and data volume", sorted(a["Device"] for v in on_instance for a in v["Attachments"]),
          ["/dev/sda1", "/dev/sdf"])

    snapshot = step("create_snapshot", ec2.create_snapshot, VolumeId=volume_id, Description="e2e")
    snapshot_id = snapshot["SnapshotId"]
    check("pending at once", (snapshot["State"], snapshot["Progress"]), ("pending", "0%"))
    step("waiter snapshot_completed", ec2.get_waiter("snapshot_completed").wait, SnapshotIds=[snapshot_id],
         WaiterConfig=FAST)
    done = step("describe_snapshots", ec2.describe_snapshots, SnapshotIds=[snapshot_id])["Snapshots"][0]
    check("completed at 100%", (done["State"], done["Progress"], done["VolumeId"]), ("completed", "100%", volume_id))
    step("create_tags on the snapshot", ec2.create_tags, Resources=[snapshot_id],
         Tags=[{"Key": "env", "Value": "e2e"}])
    by_tag = step("describe_snapshots tag:env", ec2.describe_snapshots, OwnerIds=["self"],
                  Filters=[{"Name": "tag:env", "Values": ["e2e"]}])["Snapshots"]
    check("snapshot found by tag", [s["SnapshotId"] for s in by_tag], [snapshot_id])
    tags = step("describe_tags resource-id", ec2.describe_tags,
                Filters=[{"Name": "resource-id", "Values": [snapshot_id]}])["Tags"]
    check("tag description", [(t["ResourceType"], t["Key"], t["Value"]) for t in tags], [("snapshot", "env", "e2e")])

    other = client(OTHER_KEY, OTHER_SECRET)
    mine = {volume_id}
    seen = step("other account describe_volumes", other.describe_volumes)["Volumes"]
    check("other account sees none of the volumes", mine & {v["VolumeId"] for v in seen}, set())
    seen = step("other account describe_snapshots", other.describe_snapshots)["Snapshots"]
    check("other account sees none of the snapshots", [s for s in seen if s["SnapshotId"] == snapshot_id], [])
    expect_error("other account describes the volume", "InvalidVolume.NotFound", other.describe_volumes,
                 VolumeIds=[volume_id])
    expect_error("other account deletes the volume", "InvalidVolume.NotFound", other.delete_volume,
                 VolumeId=volume_id)
    expect_error("other account detaches the volume", "InvalidVolume.NotFound", other.detach_volume,
                 VolumeId=volume_id)
    expect_error("other account snapshots the volume", "InvalidVolume.NotFound", other.create_snapshot,
                 VolumeId=volume_id)
    expect_error("other account describes the snapshot", "InvalidSnapshot.NotFound", other.describe_snapshots,
                 SnapshotIds=[snapshot_id])
    expect_error("other account deletes the snapshot", "InvalidSnapshot.NotFound", other.delete_snapshot,
                 SnapshotId=snapshot_id)
    expect_error("other account tags the volume", "InvalidVolume.NotFound", other.create_tags,
                 Resources=[volume_id], Tags=[{"Key": "x", "Value": "y"}])

    detached = step("detach_volume", ec2.detach_volume, VolumeId=volume_id)
    check("detaching at once", detached["State"], "detaching")
    step("waiter volume_available after detach", ec2.get_waiter("volume_available").wait, VolumeIds=[volume_id],
         WaiterConfig=FAST)
    expect_error("detach a detached volume", "IncorrectState", ec2.detach_volume, VolumeId=volume_id)
    step("delete_tags", ec2.delete_tags, Resources=[snapshot_id], Tags=[{"Key": "env"}])
    check("tag gone", step("describe_tags after delete", ec2.describe_tags,
                           Filters=[{"Name": "resource-id", "Values": [snapshot_id]}])["Tags"], [])
    step("delete_snapshot", ec2.delete_snapshot, SnapshotId=snapshot_id)
    step("delete_volume", ec2.delete_volume, VolumeId=volume_id)
    step("waiter volume_deleted", ec2.get_waiter("volume_deleted").wait, VolumeIds=[volume_id], WaiterConfig=FAST)
    expect_error("malformed volume id", "InvalidVolumeID.Malformed", ec2.describe_volumes, VolumeIds=["vol-xyz"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
