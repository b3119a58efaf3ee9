"""One boto3 session against the gateway: SigV4 (botocore's default), then SigV2."""
import sys

import boto3
from botocore.config import Config

from session import ACCESS_KEY, EC2_URL, REGION, SECRET_KEY, check, expect_error, step

PUBLIC_KEY = (b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGvYZtmQKR7yJ4ELDyRH7U2PWTD4iLd0Fo/8H3InVfVa boto3")


def client(signature_version=None):
    config = Config(signature_version=signature_version, retries={"max_attempts": 1}) \
        if signature_version else Config(retries={"max_attempts": 1})
    return boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=ACCESS_KEY,
                        aws_secret_access_key=SECRET_KEY, config=config)


def session(ec2, label):
    regions = step(label + " describe_regions", ec2.describe_regions)
    check(label + " region endpoint", regions["Regions"][0]["Endpoint"].endswith("/awsapi"), True)
    zones = step(label + " describe_availability_zones", ec2.describe_availability_zones)
    check(label + " has zones", len(zones["AvailabilityZones"]) >= 1, True)
    check(label + " request id", len(zones["ResponseMetadata"]["RequestId"]) > 0, True)
    zone = zones["AvailabilityZones"][0]["ZoneName"]
    filtered = step(label + " zones by filter", ec2.describe_availability_zones,
                    Filters=[{"Name": "zone-name", "Values": [zone]}])
    check(label + " filtered zone", [z["ZoneName"] for z in filtered["AvailabilityZones"]], [zone])

    name = label + "-created"
    created = step(label + " create_key_pair", ec2.create_key_pair, KeyName=name)
    check(label + " key material", created["KeyMaterial"].startswith("-----BEGIN"), True)
    check(label + " key pair id", created["KeyPairId"].startswith("key-"), True)
    expect_error(label + " duplicate", "InvalidKeyPair.Duplicate", ec2.create_key_pair, KeyName=name)
    imported = step(label + " import_key_pair", ec2.import_key_pair, KeyName=label + "-imported",
                    PublicKeyMaterial=PUBLIC_KEY)
    check(label + " imported name", imported["KeyName"], label + "-imported")
    expect_error(label + " bad key", "InvalidKey.Format", ec2.import_key_pair, KeyName=label + "-bad",
                 PublicKeyMaterial=b"not a key")
    listed = step(label + " describe_key_pairs", ec2.describe_key_pairs, KeyNames=[name])
    check(label + " described", [k["KeyName"] for k in listed["KeyPairs"]], [name])
    step(label + " delete_key_pair", ec2.delete_key_pair, KeyName=name)
    step(label + " delete_key_pair imported", ec2.delete_key_pair, KeyName=label + "-imported")
    expect_error(label + " gone", "InvalidKeyPair.NotFound", ec2.describe_key_pairs, KeyNames=[name])
    expect_error(label + " unsupported", "UnsupportedOperation", ec2.describe_vpn_gateways)


def main():
    session(client(), "sigv4")
    session(client("v2"), "sigv2")
    wrong = boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=ACCESS_KEY,
                         aws_secret_access_key="wrong" + SECRET_KEY, config=Config(retries={"max_attempts": 1}))
    expect_error("wrong secret", "SignatureDoesNotMatch", wrong.describe_availability_zones)
    stranger = boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id="AKIDUNKNOWN",
                            aws_secret_access_key=SECRET_KEY, config=Config(retries={"max_attempts": 1}))
    expect_error("unknown key", "AuthFailure", stranger.describe_availability_zones)
    return 0


if __name__ == "__main__":
    sys.exit(main())
