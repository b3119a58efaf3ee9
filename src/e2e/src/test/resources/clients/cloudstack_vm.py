"""Starts a VM straight through the CloudStack stand-in's API, signed with the user's own CloudStack keys
(RunInstances is not part of the gateway yet). Prints nothing; returns the VM's UUID and EC2 id."""
import base64
import hashlib
import hmac
import json
import os
import time
import urllib.parse
import urllib.request

CLOUDSTACK_URL = os.environ["CLOUDSTACK_URL"]


def call(api_key, secret_key, command, **params):
    params = dict(params, command=command, response="json", apiKey=api_key)
    query = "&".join("%s=%s" % (k, urllib.parse.quote(str(params[k]), safe="*"))
                     for k in sorted(params, key=str.lower))
    digest = hmac.new(secret_key.encode(), query.lower().encode(), hashlib.sha1).digest()
    signature = urllib.parse.quote(base64.b64encode(digest).decode(), safe="")
    with urllib.request.urlopen(CLOUDSTACK_URL + "?" + query + "&signature=" + signature) as answer:
        body = json.load(answer)
    return body[command.lower() + "response"]


def ec2_instance_id(uuid):
    """The gateway's EC2 id of a CloudStack VM: i- and 17 hex digits of SHA-256("i:" + uuid)."""
    return "i-" + hashlib.sha256(("i:" + uuid).encode()).hexdigest()[:17]


def running_vm(api_key, secret_key, zone_name):
    zone = [z for z in call(api_key, secret_key, "listZones")["zone"] if z["name"] == zone_name][0]
    template = call(api_key, secret_key, "listTemplates", templatefilter="featured", zoneid=zone["id"])["template"][0]
    offering = call(api_key, secret_key, "listServiceOfferings")["serviceoffering"][0]
    deployed = call(api_key, secret_key, "deployVirtualMachine", zoneid=zone["id"], templateid=template["id"],
                    serviceofferingid=offering["id"])
    uuid = deployed["id"]
    for _ in range(300):
        vms = call(api_key, secret_key, "listVirtualMachines", id=uuid).get("virtualmachine", [])
        if vms and vms[0]["state"] == "Running":
            return uuid, ec2_instance_id(uuid)
        time.sleep(0.1)
    raise RuntimeError("VM %s did not reach Running" % uuid)
