#!/usr/bin/env bash
# One AWS CLI v2 session against the gateway. Environment: EC2_URL, AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION, WORK (a scratch directory). Prints one line per step.
set -uo pipefail
. "$(dirname "$0")/awscli_steps.sh"

step "describe-regions" aws_ec2 describe-regions
check "one region, ours" "$(json "d['Regions'][0]['RegionName']")" "$AWS_DEFAULT_REGION"

step "describe-availability-zones" aws_ec2 describe-availability-zones
check "zones are available" "$(json "sorted({z['State'] for z in d['AvailabilityZones']})")" "['available']"
zone="$(json "d['AvailabilityZones'][0]['ZoneName']")"
step "describe-availability-zones --zone-names" aws_ec2 describe-availability-zones --zone-names "$zone"
check "named zone" "$(json "len(d['AvailabilityZones'])")" "1"
expect_error "unknown zone" InvalidParameterValue aws_ec2 describe-availability-zones --zone-names no-such-zone

step "create-key-pair" aws_ec2 create-key-pair --key-name cli-created
check "private key returned" "$(json "d['KeyMaterial'].startswith('-----BEGIN')")" "True"
expect_error "duplicate key pair" InvalidKeyPair.Duplicate aws_ec2 create-key-pair --key-name cli-created

ssh-keygen -q -t ed25519 -N '' -C cli -f "$WORK/cli_key" <<< y >/dev/null 2>&1 || true
step "import-key-pair" aws_ec2 import-key-pair --key-name cli-imported --public-key-material "fileb://$WORK/cli_key.pub"
step "describe-key-pairs --key-names" aws_ec2 describe-key-pairs --key-names cli-created cli-imported
check "both key pairs" "$(json "sorted(k['KeyName'] for k in d['KeyPairs'])")" "['cli-created', 'cli-imported']"
step "describe-key-pairs --filters" aws_ec2 describe-key-pairs --filters Name=key-name,Values=cli-imp*
check "wildcard filter" "$(json "[k['KeyName'] for k in d['KeyPairs']]")" "['cli-imported']"
step "delete-key-pair" aws_ec2 delete-key-pair --key-name cli-created
step "delete-key-pair imported" aws_ec2 delete-key-pair --key-name cli-imported
expect_error "deleted key pair is gone" InvalidKeyPair.NotFound aws_ec2 describe-key-pairs --key-names cli-created
