"""boto 2 on volumes, snapshots and tags: create a volume, attach it to an instance RunInstances launched,
poll until in-use, snapshot it, tag both, filter by tag, detach, delete. Environment: IMAGE_ID."""
import os
import sys

from boto2_connection import connect, running_instance, wait_for
from session import check, error_code, expect_error, step

IMAGE_ID = os.environ["IMAGE_ID"]


def main():
    conn = connect()
    instance = step("run_instances and poll until running", running_instance, conn, IMAGE_ID, "Sim-Basic")

    volume = step("create_volume", conn.create_volume, 1, "Sim-Basic")
    check("creating at once", volume.status, "creating")
    check("size", volume.size, 1)
    wait_for("volume available", lambda: volume.update() == "available" or volume.status)

    step("attach_volume", conn.attach_volume, volume.id, instance.id, "/dev/sdf")
    wait_for("volume in-use", lambda: volume.update() == "in-use" or volume.status)
    wait_for("attachment attached", lambda: volume.update() and volume.attachment_state() == "attached"
             or volume.attachment_state())
    check("attached to the instance", (volume.attach_data.instance_id, volume.attach_data.device),
          (instance.id, "/dev/sdf"))
    expect_error("delete an attached volume", "VolumeInUse", conn.delete_volume, volume.id)

    snapshot = step("create_snapshot", conn.create_snapshot, volume.id, "boto2")
    check("pending at once", snapshot.status, "pending")
    # boto 2's Snapshot.update() answers the progress, not the state.
    wait_for("snapshot completed", lambda: snapshot.update() is not None and snapshot.status == "completed"
             or snapshot.status)
    check("snapshot of the volume", (snapshot.volume_id, snapshot.progress), (volume.id, "100%"))

    step("create_tags on volume, snapshot and instance", conn.create_tags, [volume.id, snapshot.id, instance.id],
         {"env": "boto2-storage"})
    tagged = step("get_all_volumes tag:env", conn.get_all_volumes, filters={"tag:env": "boto2-storage"})
    check("volume found by tag", [v.id for v in tagged], [volume.id])
    check("tags on the volume", tagged[0].tags.get("env"), "boto2-storage")
    snapshots = step("get_all_snapshots owner self, tag:env", conn.get_all_snapshots, owner="self",
                     filters={"tag:env": "boto2-storage"})
    check("snapshot found by tag", [s.id for s in snapshots], [snapshot.id])
    reservations = step("get_all_instances tag:env", conn.get_all_instances, filters={"tag:env": "boto2-storage"})
    check("instance found by tag", [i.id for r in reservations for i in r.instances], [instance.id])
    tags = step("get_all_tags key=env", conn.get_all_tags, filters={"key": "env"})
    check("three tag descriptions", sorted((t.res_type, t.res_id) for t in tags),
          sorted([("volume", volume.id), ("snapshot", snapshot.id), ("instance", instance.id)]))
    step("delete_tags", conn.delete_tags, [volume.id, snapshot.id, instance.id], {"env": None})
    check("tags gone", step("get_all_tags after delete", conn.get_all_tags, filters={"key": "env"}), [])

    step("detach_volume", conn.detach_volume, volume.id)
    wait_for("volume available after detach", lambda: volume.update() == "available" or volume.status)
    expect_error("detach a detached volume", "IncorrectState", conn.detach_volume, volume.id)
    step("delete_snapshot", conn.delete_snapshot, snapshot.id)
    wait_for("deleted snapshot is gone", lambda: not_found(conn.get_all_snapshots, "InvalidSnapshot.NotFound",
                                                           snapshot_ids=[snapshot.id]))
    step("delete_volume", conn.delete_volume, volume.id)
    wait_for("volume gone", lambda: not_found(conn.get_all_volumes, "InvalidVolume.NotFound",
                                              volume_ids=[volume.id]))
    step("terminate_instances", conn.terminate_instances, instance_ids=[instance.id])
    return 0


def not_found(describe, code, **kwargs):
    """True once the describe fails with the NotFound code; deletes answer once CloudStack accepted the job."""
    try:
        return describe(**kwargs)
    except Exception as e:  # boto 2 raises EC2ResponseError once the resource is gone
        return error_code(e) == code or str(e)


if __name__ == "__main__":
    sys.exit(main())
