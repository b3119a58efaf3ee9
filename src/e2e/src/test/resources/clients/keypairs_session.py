"""boto3 session on key pair fingerprints: each must be the one real EC2 computes, in every answer."""
import base64
import hashlib
import os
import subprocess
import sys

import boto3
from botocore.config import Config

from session import ACCESS_KEY, EC2_URL, REGION, SECRET_KEY, check, expect_error, step

WORK = os.environ["WORK"]


def colon_hex(digest):
    return ":".join("%02x" % b for b in digest)


def pkcs8_sha1(private_pem):
    """EC2's fingerprint of a key it created: SHA-1 of the PKCS#8 DER private key (None: no tool to compute it)."""
    try:
        from cryptography.hazmat.primitives import serialization
    except ImportError:
        return None
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return colon_hex(hashlib.sha1(der).digest())


def keygen(key_type, name):
    path = os.path.join(WORK, name)
    for stale in (path, path + ".pub"):
        if os.path.exists(stale):
            os.remove(stale)
    subprocess.run(["ssh-keygen", "-q", "-t", key_type, "-N", "", "-C", name, "-f", path], check=True)
    return path + ".pub"


def spki_md5(public_path):
    """EC2's fingerprint of an imported RSA key: MD5 of the DER public key that ssh-keygen exports."""
    pem = subprocess.run(["ssh-keygen", "-e", "-m", "PKCS8", "-f", public_path], check=True,
                         capture_output=True, text=True).stdout
    der = base64.b64decode("".join(l for l in pem.splitlines() if not l.startswith("-----")))
    return colon_hex(hashlib.md5(der).digest())


def sha256_base64(public_path):
    """EC2's fingerprint of an ED25519 key: ssh-keygen's SHA256 form, with the base64 padding EC2 keeps."""
    out = subprocess.run(["ssh-keygen", "-l", "-E", "sha256", "-f", public_path], check=True,
                         capture_output=True, text=True).stdout
    return out.split()[1][len("SHA256:"):] + "="


def described(ec2, name):
    pairs = ec2.describe_key_pairs(KeyNames=[name])["KeyPairs"]
    return [(k["KeyFingerprint"], k["KeyType"]) for k in pairs]


def main():
    ec2 = boto3.client("ec2", endpoint_url=EC2_URL, region_name=REGION, aws_access_key_id=ACCESS_KEY,
                       aws_secret_access_key=SECRET_KEY, config=Config(retries={"max_attempts": 1}))

    created = step("create_key_pair", ec2.create_key_pair, KeyName="fp-created")
    expected = pkcs8_sha1(created["KeyMaterial"])
    if expected is None:
        print("skip created fingerprint check: python3 has no cryptography package")
    else:
        check("created fingerprint is the SHA-1 of the PKCS#8 key", created["KeyFingerprint"], expected)
    check("describe shows the created fingerprint", step("describe created", described, ec2, "fp-created"),
          [(created["KeyFingerprint"], "rsa")])
    by_print = step("describe by fingerprint", ec2.describe_key_pairs,
                    Filters=[{"Name": "fingerprint", "Values": [created["KeyFingerprint"]]}])
    check("fingerprint filter", [k["KeyName"] for k in by_print["KeyPairs"]], ["fp-created"])

    rsa_pub = keygen("rsa", "fp_rsa")
    with open(rsa_pub, "rb") as f:
        imported = step("import_key_pair rsa", ec2.import_key_pair, KeyName="fp-rsa", PublicKeyMaterial=f.read())
    check("imported rsa fingerprint is the MD5 of the DER public key", imported["KeyFingerprint"], spki_md5(rsa_pub))
    check("describe shows the imported rsa fingerprint", step("describe rsa", described, ec2, "fp-rsa"),
          [(spki_md5(rsa_pub), "rsa")])

    ed_pub = keygen("ed25519", "fp_ed")
    with open(ed_pub, "rb") as f:
        material = f.read()
    imported = step("import_key_pair ed25519", ec2.import_key_pair, KeyName="fp-ed", PublicKeyMaterial=material)
    check("imported ed25519 fingerprint is ssh-keygen's SHA256", imported["KeyFingerprint"], sha256_base64(ed_pub))
    check("describe shows ed25519", step("describe ed25519", described, ec2, "fp-ed"),
          [(sha256_base64(ed_pub), "ed25519")])

    expect_error("import duplicate name", "InvalidKeyPair.Duplicate", ec2.import_key_pair, KeyName="fp-ed",
                 PublicKeyMaterial=material)
    expect_error("create ed25519", "InvalidParameterValue", ec2.create_key_pair, KeyName="fp-x", KeyType="ed25519")
    expect_error("name too long", "InvalidParameterValue", ec2.create_key_pair, KeyName="k" * 256)
    expect_error("not a key", "InvalidKey.Format", ec2.import_key_pair, KeyName="fp-bad",
                 PublicKeyMaterial=b"ssh-rsa AAAA")
    try:
        ec2.describe_key_pairs(KeyNames=["fp-missing"])
        check("missing key pair fails", "succeeded", "InvalidKeyPair.NotFound")
    except ec2.exceptions.ClientError as e:
        check("missing key pair message", (e.response["Error"]["Code"], e.response["Error"]["Message"]),
              ("InvalidKeyPair.NotFound", "The key pair 'fp-missing' does not exist"))
    for name in ("fp-created", "fp-rsa", "fp-ed"):
        step("delete_key_pair " + name, ec2.delete_key_pair, KeyName=name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
