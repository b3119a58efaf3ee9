#!/usr/bin/env bash
# AWS CLI v2 session for security groups. Environment: EC2_URL, AWS_* keys and region, WORK.
set -uo pipefail
. "$(dirname "$0")/awscli_steps.sh"

step "create-security-group" aws_ec2 create-security-group --group-name cli-web --description "cli web"
web="$(json "d['GroupId']")"
step "create-security-group peer" aws_ec2 create-security-group --group-name cli-peer --description "cli peer"
expect_error "duplicate group" InvalidGroup.Duplicate aws_ec2 create-security-group --group-name cli-web --description x

step "authorize --port range" aws_ec2 authorize-security-group-ingress --group-name cli-web --protocol tcp \
  --port 22-23 --cidr 0.0.0.0/0
step "authorize --source-group" aws_ec2 authorize-security-group-ingress --group-id "$web" --protocol tcp \
  --port 5432 --source-group cli-peer
step "authorize --ip-permissions" aws_ec2 authorize-security-group-ingress --group-id "$web" --ip-permissions \
  'IpProtocol=udp,FromPort=53,ToPort=53,IpRanges=[{CidrIp=10.0.0.0/8},{CidrIp=172.16.0.0/12}]'
expect_error "duplicate rule" InvalidPermission.Duplicate aws_ec2 authorize-security-group-ingress \
  --group-name cli-web --protocol tcp --port 22-23 --cidr 0.0.0.0/0

step "describe-security-groups" aws_ec2 describe-security-groups --group-names cli-web
check "permissions" "$(json "sorted((p['IpProtocol'], p.get('FromPort'), len(p['IpRanges']), len(p['UserIdGroupPairs'])) for p in d['SecurityGroups'][0]['IpPermissions'])")" \
  "[('tcp', 22, 1, 0), ('tcp', 5432, 0, 1), ('udp', 53, 2, 0)]"

step "revoke --port range" aws_ec2 revoke-security-group-ingress --group-name cli-web --protocol tcp \
  --port 22-23 --cidr 0.0.0.0/0
step "revoke --source-group" aws_ec2 revoke-security-group-ingress --group-id "$web" --protocol tcp \
  --port 5432 --source-group cli-peer
step "revoke --ip-permissions" aws_ec2 revoke-security-group-ingress --group-id "$web" --ip-permissions \
  'IpProtocol=udp,FromPort=53,ToPort=53,IpRanges=[{CidrIp=10.0.0.0/8},{CidrIp=172.16.0.0/12}]'
expect_error "revoke a missing rule" InvalidPermission.NotFound aws_ec2 revoke-security-group-ingress \
  --group-name cli-web --protocol tcp --port 22-23 --cidr 0.0.0.0/0
step "describe after revoke" aws_ec2 describe-security-groups --group-ids "$web"
check "no permissions left" "$(json "len(d['SecurityGroups'][0]['IpPermissions'])")" "0"

expect_error "default cannot be deleted" CannotDelete aws_ec2 delete-security-group --group-name default
step "delete-security-group" aws_ec2 delete-security-group --group-id "$web"
step "delete-security-group peer" aws_ec2 delete-security-group --group-name cli-peer
expect_error "deleted group is gone" InvalidGroup.NotFound aws_ec2 describe-security-groups --group-names cli-web
