#!/usr/bin/env bash
# AWS CLI v2 session on volumes, snapshots and tags. Environment as awscli_session.sh.
set -uo pipefail
. "$(dirname "$0")/awscli_steps.sh"

step "create-volume" aws_ec2 create-volume --availability-zone Sim-Basic --size 2 \
  --tag-specifications 'ResourceType=volume,Tags=[{Key=Name,Value=cli-data}]'
check "creating" "$(json "d['State']")" "creating"
volume="$(json "d['VolumeId']")"
step "wait volume-available" aws_ec2 wait volume-available --volume-ids "$volume"
step "describe-volumes --filters tag:Name" aws_ec2 describe-volumes --filters Name=tag:Name,Values=cli-data
check "found by tag" "$(json "[v['VolumeId'] for v in d['Volumes']]")" "['$volume']"
check "size" "$(json "d['Volumes'][0]['Size']")" "2"
step "create-snapshot" aws_ec2 create-snapshot --volume-id "$volume" --description cli
snapshot="$(json "d['SnapshotId']")"
check "pending" "$(json "d['State'] + ' ' + d['Progress']")" "pending 0%"
step "wait snapshot-completed" aws_ec2 wait snapshot-completed --snapshot-ids "$snapshot"
step "create-tags" aws_ec2 create-tags --resources "$snapshot" "$volume" --tags Key=env,Value=cli
step "describe-tags" aws_ec2 describe-tags --filters "Name=key,Values=env"
check "both tagged" "$(json "sorted(t['ResourceType'] for t in d['Tags'])")" "['snapshot', 'volume']"
step "describe-snapshots --owner-ids self" aws_ec2 describe-snapshots --owner-ids self --filters Name=tag:env,Values=cli
check "snapshot by tag" "$(json "[s['SnapshotId'] + ' ' + s['State'] for s in d['Snapshots']]")" "['$snapshot completed']"
expect_error "attach to an unknown instance" InvalidInstanceID.NotFound aws_ec2 attach-volume \
  --volume-id "$volume" --instance-id i-0123456789abcdef0 --device /dev/sdf
step "delete-snapshot" aws_ec2 delete-snapshot --snapshot-id "$snapshot"
step "delete-volume" aws_ec2 delete-volume --volume-id "$volume"
step "wait volume-deleted" aws_ec2 wait volume-deleted --volume-ids "$volume"
expect_error "deleted volume is gone" InvalidVolume.NotFound aws_ec2 describe-volumes --volume-ids "$volume"
