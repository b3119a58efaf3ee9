#!/usr/bin/env bash
# AWS CLI v2 session on volumes, snapshots and tags. Environment as awscli_session.sh.
set -uo pipefail
aws_ec2() {
  /usr/bin/aws --endpoint-url "$EC2_URL" --output json ec2 "$@"
}

step() {
  local name="$1"; shift
  local out
  if out="$("$@" 2>&1)"; then
    echo "ok   $name"
    printf '%s' "$out" > "$WORK/last.json"
  else
    echo "FAIL $name"
    echo "  command: $*"
    echo "  answer:  $out"
    exit 1
  fi
}

expect_error() {
  local name="$1" code="$2"; shift 2
  local out
  if out="$("$@" 2>&1)"; then
    echo "FAIL $name: succeeded, expected $code"
    echo "  answer: $out"
    exit 1
  elif [[ "$out" == *"($code)"* ]]; then
    echo "ok   $name"
  else
    echo "FAIL $name: expected $code"
    echo "  command: $*"
    echo "  answer:  $out"
    exit 1
  fi
}

json() {
  /usr/bin/python3 -c "import json,sys; d=json.load(open('$WORK/last.json')); print($1)"
}

check() {
  local name="$1" got="$2" want="$3"
  if [[ "$got" == "$want" ]]; then
    echo "ok   $name"
  else
    echo "FAIL $name: got '$got', want '$want'"
    exit 1
  fi
}


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
