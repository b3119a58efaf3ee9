#!/usr/bin/env bash
# AWS CLI v2 session on key pair fingerprints. Environment as awscli_session.sh.
set -uo pipefail
. "$(dirname "$0")/awscli_steps.sh"
step "create-key-pair" aws_ec2 create-key-pair --key-name cli-fp-created
created="$(json "d['KeyFingerprint']")"
json "d['KeyMaterial']" > "$WORK/cli-fp-created.pem"
if /usr/bin/python3 -c "import cryptography" 2>/dev/null; then
  expected="$(/usr/bin/python3 - "$WORK/cli-fp-created.pem" <<'PY'
import hashlib, sys
from cryptography.hazmat.primitives import serialization
key = serialization.load_pem_private_key(open(sys.argv[1], "rb").read(), password=None)
der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
print(":".join("%02x" % b for b in hashlib.sha1(der).digest()))
PY
)"
  check "created fingerprint is the SHA-1 of the PKCS#8 key" "$created" "$expected"
else
  echo "skip created fingerprint check: python3 has no cryptography package"
fi
step "describe-key-pairs created" aws_ec2 describe-key-pairs --key-names cli-fp-created
check "describe shows the created fingerprint" "$(json "d['KeyPairs'][0]['KeyFingerprint']")" "$created"

rm -f "$WORK/cli_fp_rsa" "$WORK/cli_fp_rsa.pub"
ssh-keygen -q -t rsa -N '' -C cli -f "$WORK/cli_fp_rsa"
# EC2's fingerprint of an imported RSA key: the MD5 of the DER public key ssh-keygen exports.
expected="$(ssh-keygen -e -m PKCS8 -f "$WORK/cli_fp_rsa.pub" | grep -v -- ----- | base64 -d | md5sum | cut -d' ' -f1 \
  | sed 's/../&:/g; s/:$//')"
step "import-key-pair rsa" aws_ec2 import-key-pair --key-name cli-fp-rsa --public-key-material "fileb://$WORK/cli_fp_rsa.pub"
check "imported rsa fingerprint" "$(json "d['KeyFingerprint']")" "$expected"
step "describe-key-pairs rsa" aws_ec2 describe-key-pairs --key-names cli-fp-rsa
check "describe shows the imported rsa fingerprint" "$(json "d['KeyPairs'][0]['KeyFingerprint']")" "$expected"
check "describe shows rsa" "$(json "d['KeyPairs'][0]['KeyType']")" "rsa"

step "delete-key-pair created" aws_ec2 delete-key-pair --key-name cli-fp-created
step "delete-key-pair rsa" aws_ec2 delete-key-pair --key-name cli-fp-rsa
