"""boto 2 drives instances the way CloudStack's old documentation did: run_instances with the default
m1.small, poll update() until running, stop, start, reboot, terminate. Environment: IMAGE_ID."""
import os
import sys
import time
from urllib.parse import urlparse

import boto
from boto.ec2.regioninfo import RegionInfo

from session import ACCESS_KEY, EC2_URL, SECRET_KEY, check, step

IMAGE_ID = os.environ["IMAGE_ID"]


def wait_for(instance, state):
    for _ in range(120):
        if instance.update() == state:
            print("ok   %s is %s" % (instance.id, state))
            return
        time.sleep(0.5)
    print("FAIL %s never became %s (last: %s)" % (instance.id, state, instance.state))
    sys.exit(1)


def main():
    url = urlparse(EC2_URL)
    boto.config.add_section("Boto") if not boto.config.has_section("Boto") else None
    boto.config.set("Boto", "num_retries", "0")
    region = RegionInfo(name="cloudstack", endpoint=url.hostname)
    conn = boto.connect_ec2(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY, is_secure=False,
                            region=region, port=url.port, path=url.path)

    reservation = step("run_instances", conn.run_instances, IMAGE_ID, placement="Sim-Basic")
    instance = reservation.instances[0]
    check("pending at once", instance.state, "pending")
    check("boto 2's default type", instance.instance_type, "m1.small")
    wait_for(instance, "running")
    listed = step("get_all_instances", conn.get_all_instances, instance_ids=[instance.id])
    check("one reservation", [r.id for r in listed], [reservation.id])
    check("private address", len(listed[0].instances[0].private_ip_address or "") > 0, True)
    step("stop_instances", conn.stop_instances, instance_ids=[instance.id])
    wait_for(instance, "stopped")
    step("start_instances", conn.start_instances, instance_ids=[instance.id])
    wait_for(instance, "running")
    step("reboot_instances", conn.reboot_instances, instance_ids=[instance.id])
    step("terminate_instances", conn.terminate_instances, instance_ids=[instance.id])
    wait_for(instance, "terminated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
