"""Registers a CloudStack user through SetUserKeys (signed with the keys it registers), then uses them."""
import os
import sys
import urllib.error
import urllib.request
from urllib.parse import urlencode

import boto3
import botocore.auth
import botocore.awsrequest
import botocore.credentials
from botocore.config import Config

from session import EC2_URL, REGION, check, expect_error, step

NEW_KEY = os.environ["NEW_ACCESS_KEY"]
NEW_SECRET = os.environ["NEW_SECRET_KEY"]


def set_user_keys(access_key, secret_key, signing_secret):
    """Sends SetUserKeys signed with SigV4 by `signing_secret`; returns (HTTP status, body)."""
    params = {"Action": "SetUserKeys", "Version": "2016-11-15", "accesskey": access_key, "secretkey": secret_key}
    request = botocore.awsrequest.AWSRequest("POST", EC2_URL, data=urlencode(params),
                                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    botocore.auth.SigV4Auth(botocore.credentials.Credentials(access_key, signing_secret), "ec2", REGION).add_auth(request)
    prepared = request.prepare()
    http = urllib.request.Request(prepared.url, data=prepared.body.encode() if isinstance(prepared.body, str)
                                  else prepared.body, headers=dict(prepared.headers), method="POST")
    try:
        with urllib.request.urlopen(http) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def client(access_key, secret_key):
    return boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=access_key,
                        aws_secret_access_key=secret_key, config=Config(retries={"max_attempts": 1}))


def main():
    unregistered = client(NEW_KEY, NEW_SECRET)
    expect_error("not yet registered", "AuthFailure", unregistered.describe_availability_zones)

    status, body = step("SetUserKeys signed with another secret", set_user_keys, NEW_KEY, NEW_SECRET, "x" + NEW_SECRET)
    check("refused: wrong signature", (status, "<Code>SignatureDoesNotMatch</Code>" in body), (403, True))

    status, body = step("SetUserKeys with keys CloudStack refuses", set_user_keys, NEW_KEY, "x" + NEW_SECRET,
                        "x" + NEW_SECRET)
    check("refused: CloudStack does not know them", (status, "<Code>AuthFailure</Code>" in body), (401, True))
    expect_error("still not registered", "AuthFailure", unregistered.describe_availability_zones)

    status, body = step("SetUserKeys", set_user_keys, NEW_KEY, NEW_SECRET, NEW_SECRET)
    check("registered", (status, "<return>true</return>" in body), (200, True))
    zones = step("registered user lists zones", unregistered.describe_availability_zones)
    check("zones", len(zones["AvailabilityZones"]) >= 1, True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
