"""The boto 2 connection the way CloudStack's own documentation makes it: RegionInfo endpoint, path /awsapi,
no retries; and polling helpers, since boto 2 has no waiters."""
import sys
import time
from urllib.parse import urlparse

import boto
from boto.ec2.regioninfo import RegionInfo

from session import ACCESS_KEY, EC2_URL, SECRET_KEY


def connect(access_key=ACCESS_KEY, secret_key=SECRET_KEY):
    url = urlparse(EC2_URL)
    boto.config.add_section("Boto") if not boto.config.has_section("Boto") else None
    boto.config.set("Boto", "num_retries", "0")
    region = RegionInfo(name="cloudstack", endpoint=url.hostname)
    return boto.connect_ec2(aws_access_key_id=access_key, aws_secret_access_key=secret_key, is_secure=False,
                            region=region, port=url.port, path=url.path)


def wait_for(name, condition, attempts=240, delay=0.25):
    """Polls `condition` (a describe through boto 2) until it holds; the session fails if it never does."""
    last = None
    for _ in range(attempts):
        last = condition()
        if last is True:
            print("ok   %s" % name)
            return
        time.sleep(delay)
    print("FAIL %s (last: %r)" % (name, last))
    sys.exit(1)


def running_instance(conn, image_id, zone):
    """Launches with RunInstances and polls until running; the boto 2 Instance."""
    reservation = conn.run_instances(image_id, placement=zone)
    instance = reservation.instances[0]
    wait_for("%s running" % instance.id, lambda: instance.update() == "running" or instance.state)
    return instance
