"""One boto 2 session, the way CloudStack's own documentation connects: RegionInfo endpoint, path /awsapi."""
import sys
from urllib.parse import urlparse

import boto
from boto.ec2.regioninfo import RegionInfo

from session import ACCESS_KEY, EC2_URL, SECRET_KEY, check, expect_error, step

PUBLIC_KEY = b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGvYZtmQKR7yJ4ELDyRH7U2PWTD4iLd0Fo/8H3InVfVa boto2"


def main():
    url = urlparse(EC2_URL)
    boto.config.add_section("Boto") if not boto.config.has_section("Boto") else None
    boto.config.set("Boto", "num_retries", "0")
    region = RegionInfo(name="cloudstack", endpoint=url.hostname)
    conn = boto.connect_ec2(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY, is_secure=False,
                            region=region, port=url.port, path=url.path)

    zones = step("get_all_zones", conn.get_all_zones)
    check("zones listed", len(zones) >= 1, True)
    check("zone state", zones[0].state, "available")
    regions = step("get_all_regions", conn.get_all_regions)
    check("one region", len(regions), 1)

    created = step("create_key_pair", conn.create_key_pair, "boto2-created")
    check("key material", created.material.startswith("-----BEGIN"), True)
    expect_error("duplicate", "InvalidKeyPair.Duplicate", conn.create_key_pair, "boto2-created")
    step("import_key_pair", conn.import_key_pair, "boto2-imported", PUBLIC_KEY)
    pairs = step("get_all_key_pairs", conn.get_all_key_pairs, keynames=["boto2-created", "boto2-imported"])
    check("both key pairs", sorted(k.name for k in pairs), ["boto2-created", "boto2-imported"])
    step("delete_key_pair", conn.delete_key_pair, "boto2-created")
    step("delete_key_pair imported", conn.delete_key_pair, "boto2-imported")
    expect_error("gone", "InvalidKeyPair.NotFound", conn.get_all_key_pairs, keynames=["boto2-created"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
