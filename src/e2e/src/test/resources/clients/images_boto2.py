"""The image actions with boto 2 (SigV2, path /awsapi), as old CloudStack tooling drives them."""
import os
import sys
import time
from urllib.parse import urlparse

import boto
from boto.ec2.regioninfo import RegionInfo

from session import ACCESS_KEY, EC2_URL, SECRET_KEY, check, error_code, expect_error, step

RUNNING_INSTANCE = os.environ["RUNNING_INSTANCE"]
OTHER_ACCOUNT = os.environ["OTHER_ACCOUNT"]
FEATURED = "CentOS 5.6 (64-bit) no GUI (Simulator)"


def until_available(conn, image_id):
    for _ in range(50):
        state = conn.get_all_images(image_ids=[image_id])[0].state
        if state != "pending":
            return state
        time.sleep(0.2)
    return "pending"


def main():
    url = urlparse(EC2_URL)
    boto.config.add_section("Boto") if not boto.config.has_section("Boto") else None
    boto.config.set("Boto", "num_retries", "0")
    region = RegionInfo(name="cloudstack", endpoint=url.hostname)
    conn = boto.connect_ec2(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY, is_secure=False,
                            region=region, port=url.port, path=url.path)

    images = step("get_all_images", conn.get_all_images)
    check("featured image once", [i.name for i in images].count(FEATURED), 1)
    featured = [i for i in images if i.name == FEATURED][0]
    check("featured image state", featured.state, "available")
    check("featured image public", featured.is_public, True)
    named = step("get_all_images name filter", conn.get_all_images, filters={"name": "CentOS*"})
    check("filtered", [i.name for i in named], [FEATURED])

    registered = step("register_image", conn.register_image, "boto2-registered",
                      image_location="http://10.1.1.1/images/boto2.vhd#hypervisor=Simulator"
                                     "&ostype=CentOS%205.6%20(64-bit)")
    check("registered available", until_available(conn, registered), "available")
    created = step("create_image", conn.create_image, RUNNING_INSTANCE, "boto2-from-running", no_reboot=True)
    check("created available", until_available(conn, created), "available")
    mine = step("get_all_images owners=self", conn.get_all_images, owners=["self"])
    check("own images", sorted(i.name for i in mine if i.name.startswith("boto2-")),
          ["boto2-from-running", "boto2-registered"])

    step("modify_image_attribute (flat form)", conn.modify_image_attribute, created,
         attribute="launchPermission", operation="add", user_ids=[OTHER_ACCOUNT])
    shared = step("get_image_attribute", conn.get_image_attribute, created, attribute="launchPermission")
    check("shared", shared.attrs.get("user_ids"), [OTHER_ACCOUNT])
    step("reset_image_attribute", conn.reset_image_attribute, created, attribute="launchPermission")
    reset = step("get_image_attribute after reset", conn.get_image_attribute, created, attribute="launchPermission")
    check("nobody", reset.attrs.get("user_ids"), None)

    expect_error("unknown image", "InvalidAMIID.NotFound", conn.get_all_images, image_ids=["ami-0123456789abcdef0"])
    step("deregister_image registered", conn.deregister_image, registered)
    step("deregister_image created", conn.deregister_image, created)
    return 0


if __name__ == "__main__":
    sys.exit(main())
