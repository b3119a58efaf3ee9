"""boto3 session for elastic IPs in the Advanced zone: allocate, associate to a running instance,
disassociate, release; a second account can neither see nor touch the address."""
import os
import sys
import time

import boto3
from botocore.config import Config

from session import ACCESS_KEY, EC2_URL, REGION, SECRET_KEY, check, expect_error, step

INSTANCE_ID = os.environ["INSTANCE_ID"]


def client(access_key, secret_key):
    return boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=access_key,
                        aws_secret_access_key=secret_key, config=Config(retries={"max_attempts": 1}))


def wait_until(name, condition, timeout=20):
    """Disassociate and Release answer once CloudStack accepted the job; the change shows up shortly after."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            print("ok   %s" % name)
            return
        time.sleep(0.2)
    print("FAIL %s: not within %ss" % (name, timeout))
    sys.exit(1)


def main():
    ec2 = client(ACCESS_KEY, SECRET_KEY)
    other = client(os.environ["OTHER_ACCESS_KEY"], os.environ["OTHER_SECRET_KEY"])

    allocated = step("allocate_address", ec2.allocate_address, Domain="vpc")
    allocation = allocated["AllocationId"]
    public_ip = allocated["PublicIp"]
    check("allocation id form", allocation.startswith("eipalloc-"), True)
    check("domain", allocated["Domain"], "vpc")
    listed = step("describe_addresses", ec2.describe_addresses)["Addresses"]
    check("only the elastic IP is listed (no source NAT)", [a["PublicIp"] for a in listed], [public_ip])

    associated = step("associate_address", ec2.associate_address, AllocationId=allocation,
                      InstanceId=INSTANCE_ID)
    association = associated["AssociationId"]
    check("association id form", association.startswith("eipassoc-"), True)
    address = step("describe_addresses by id", ec2.describe_addresses, AllocationIds=[allocation])["Addresses"][0]
    check("associated instance", (address["InstanceId"], address["AssociationId"]), (INSTANCE_ID, association))
    by_instance = step("describe by instance-id", ec2.describe_addresses,
                       Filters=[{"Name": "instance-id", "Values": [INSTANCE_ID]}])["Addresses"]
    check("filtered", [a["PublicIp"] for a in by_instance], [public_ip])
    expect_error("release while associated", "InvalidIPAddress.InUse", ec2.release_address,
                 AllocationId=allocation)

    check("other account sees no addresses", step("other describes", other.describe_addresses)["Addresses"], [])
    expect_error("other account: allocation id", "InvalidAllocationID.NotFound", other.describe_addresses,
                 AllocationIds=[allocation])
    expect_error("other account: public ip", "InvalidAddress.NotFound", other.describe_addresses,
                 PublicIps=[public_ip])
    expect_error("other account: disassociate", "InvalidAssociationID.NotFound", other.disassociate_address,
                 AssociationId=association)
    expect_error("other account: release", "InvalidAllocationID.NotFound", other.release_address,
                 AllocationId=allocation)

    step("disassociate_address", ec2.disassociate_address, AssociationId=association)
    wait_until("address is disassociated", lambda: "AssociationId" not in
               ec2.describe_addresses(AllocationIds=[allocation])["Addresses"][0])
    step("release_address", ec2.release_address, AllocationId=allocation)
    wait_until("address is released", lambda: ec2.describe_addresses()["Addresses"] == [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
