"""boto3 drives instances through the gateway: launch, wait with boto3's own waiters, filter, stop, start,
reboot, password data, ClientToken retries, terminate. Environment: IMAGE_ID (the stand-in's template)."""
import base64
import os
import sys
import uuid

import boto3
from botocore.config import Config

from session import ACCESS_KEY, EC2_URL, REGION, SECRET_KEY, check, expect_error, step

IMAGE_ID = os.environ["IMAGE_ID"]
ZONE = "Sim-Basic"
FAST = {"Delay": 1, "MaxAttempts": 60}


def main():
    ec2 = boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=ACCESS_KEY,
                       aws_secret_access_key=SECRET_KEY, config=Config(retries={"max_attempts": 1}))
    step("create_key_pair", ec2.create_key_pair, KeyName="boto3-instances")
    token = str(uuid.uuid4())
    launch = dict(ImageId=IMAGE_ID, MinCount=1, MaxCount=1, InstanceType="t2.micro", KeyName="boto3-instances",
                  Placement={"AvailabilityZone": ZONE}, UserData="#!/bin/sh\necho hello\n", ClientToken=token,
                  TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "boto3-web"}]}])
    run = step("run_instances", ec2.run_instances, **launch)
    instance = run["Instances"][0]
    instance_id = instance["InstanceId"]
    check("launched pending", instance["State"], {"Code": 0, "Name": "pending"})
    check("reservation id", run["ReservationId"].startswith("r-"), True)
    check("instance type", instance["InstanceType"], "t2.micro")
    again = step("run_instances same client token", ec2.run_instances, **launch)
    check("same instance for the same token", [i["InstanceId"] for i in again["Instances"]], [instance_id])
    check("same reservation for the same token", again["ReservationId"], run["ReservationId"])
    expect_error("same token, other parameters", "IdempotentParameterMismatch", ec2.run_instances,
                 **dict(launch, InstanceType="m1.small"))
    expect_error("unknown instance type", "InvalidParameterValue", ec2.run_instances,
                 **dict(launch, InstanceType="x9.huge", ClientToken=str(uuid.uuid4())))

    step("wait instance_running", ec2.get_waiter("instance_running").wait, InstanceIds=[instance_id],
         WaiterConfig=FAST)
    described = step("describe_instances by tag and state", ec2.describe_instances,
                     Filters=[{"Name": "tag:Name", "Values": ["boto3-web"]},
                              {"Name": "instance-state-name", "Values": ["running"]}])
    found = [i for r in described["Reservations"] for i in r["Instances"]]
    check("found by filters", [i["InstanceId"] for i in found], [instance_id])
    check("key name", found[0]["KeyName"], "boto3-instances")
    check("zone", found[0]["Placement"]["AvailabilityZone"], ZONE)
    check("private ip", len(found[0].get("PrivateIpAddress", "")) > 0, True)
    check("root device", found[0]["BlockDeviceMappings"][0]["DeviceName"], found[0]["RootDeviceName"])
    check("client token", found[0]["ClientToken"], token)

    stopped = step("stop_instances", ec2.stop_instances, InstanceIds=[instance_id])
    check("stopping", stopped["StoppingInstances"][0]["CurrentState"]["Name"], "stopping")
    step("wait instance_stopped", ec2.get_waiter("instance_stopped").wait, InstanceIds=[instance_id],
         WaiterConfig=FAST)
    step("modify_instance_attribute instance type", ec2.modify_instance_attribute, InstanceId=instance_id,
         InstanceType={"Value": "m1.small"})
    attribute = step("describe_instance_attribute instanceType", ec2.describe_instance_attribute,
                     InstanceId=instance_id, Attribute="instanceType")
    check("type changed while stopped", attribute["InstanceType"]["Value"], "m1.small")
    started = step("start_instances", ec2.start_instances, InstanceIds=[instance_id])
    check("starting", started["StartingInstances"][0]["CurrentState"]["Name"], "pending")
    step("wait instance_running again", ec2.get_waiter("instance_running").wait, InstanceIds=[instance_id],
         WaiterConfig=FAST)
    step("reboot_instances", ec2.reboot_instances, InstanceIds=[instance_id])
    expect_error("instance type of a running instance", "IncorrectInstanceState", ec2.modify_instance_attribute,
                 InstanceId=instance_id, InstanceType={"Value": "t2.micro"})
    user_data = step("describe_instance_attribute userData", ec2.describe_instance_attribute,
                     InstanceId=instance_id, Attribute="userData")
    check("user data as launched", user_data["UserData"]["Value"],
          base64.b64encode(b"#!/bin/sh\necho hello\n").decode())
    password = step("get_password_data", ec2.get_password_data, InstanceId=instance_id)
    check("no password for a template without one", password["PasswordData"], "")
    types = step("describe_instance_types", ec2.describe_instance_types, InstanceTypes=["t2.micro"])
    check("t2.micro vCPUs", types["InstanceTypes"][0]["VCpuInfo"]["DefaultVCpus"], 1)
    check("t2.micro memory", types["InstanceTypes"][0]["MemoryInfo"]["SizeInMiB"], 1024)
    expect_error("unknown instance type", "InvalidInstanceType", ec2.describe_instance_types,
                 InstanceTypes=["x9.huge"])

    terminated = step("terminate_instances", ec2.terminate_instances, InstanceIds=[instance_id])
    check("shutting down", terminated["TerminatingInstances"][0]["CurrentState"],
          {"Code": 32, "Name": "shutting-down"})
    step("wait instance_terminated", ec2.get_waiter("instance_terminated").wait, InstanceIds=[instance_id],
         WaiterConfig=FAST)
    gone = step("describe terminated instance", ec2.describe_instances, InstanceIds=[instance_id])
    check("still listed as terminated", gone["Reservations"][0]["Instances"][0]["State"]["Name"], "terminated")
    expect_error("start a terminated instance", "IncorrectInstanceState", ec2.start_instances,
                 InstanceIds=[instance_id])
    expect_error("unknown instance", "InvalidInstanceID.NotFound", ec2.describe_instances,
                 InstanceIds=["i-0123456789abcdef0"])
    step("delete_key_pair", ec2.delete_key_pair, KeyName="boto3-instances")
    return 0


if __name__ == "__main__":
    sys.exit(main())
