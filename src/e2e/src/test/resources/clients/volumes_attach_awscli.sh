#!/usr/bin/env bash
# AWS CLI v2 attaches a volume to an instance run-instances launched, with the CLI's waiters, and creates a
# volume twice with one client token. Environment as awscli_session.sh, and IMAGE_ID.
set -uo pipefail
. "$(dirname "$0")/awscli_steps.sh"
# Describes until the query answers the wanted value, so that the CLI's waiter (which sleeps 15 s after
# each miss) then succeeds at its first call.
until_value() {
  local name="$1" want="$2"; shift 2
  local got=""
  for _ in $(seq 1 120); do
    got="$("$@" 2>&1)"
    [[ "$got" == "\"$want\"" ]] && { echo "ok   $name"; return 0; }
    sleep 0.25
  done
  echo "FAIL $name never became $want (last: $got)"
  exit 1
}

instance_state() {
  aws_ec2 describe-instances --instance-ids "$1" --query 'Reservations[0].Instances[0].State.Name'
}

volume_state() {
  aws_ec2 describe-volumes --volume-ids "$1" --query 'Volumes[0].State'
}

step "run-instances" aws_ec2 run-instances --image-id "$IMAGE_ID" --count 1 --instance-type m1.small \
  --placement AvailabilityZone=Sim-Basic
instance="$(json "d['Instances'][0]['InstanceId']")"
until_value "instance running" running instance_state "$instance"
step "wait instance-running" aws_ec2 wait instance-running --instance-ids "$instance"
step "create-volume" aws_ec2 create-volume --availability-zone Sim-Basic --size 1
volume="$(json "d['VolumeId']")"
until_value "volume available" available volume_state "$volume"
step "wait volume-available" aws_ec2 wait volume-available --volume-ids "$volume"
step "attach-volume" aws_ec2 attach-volume --volume-id "$volume" --instance-id "$instance" --device /dev/sdf
check "attaching" "$(json "d['State']")" "attaching"
until_value "volume in-use" in-use volume_state "$volume"
step "wait volume-in-use" aws_ec2 wait volume-in-use --volume-ids "$volume"
step "describe-volumes --filters attachment.instance-id" aws_ec2 describe-volumes \
  --filters "Name=attachment.instance-id,Values=$instance" Name=attachment.device,Values=/dev/sdf
check "attached to the instance" "$(json "[v['VolumeId'] + ' ' + v['Attachments'][0]['InstanceId'] for v in d['Volumes']]")" \
  "['$volume $instance']"
step "detach-volume" aws_ec2 detach-volume --volume-id "$volume"
check "detaching" "$(json "d['State']")" "detaching"
until_value "volume available after detach" available volume_state "$volume"
step "wait volume-available after detach" aws_ec2 wait volume-available --volume-ids "$volume"
step "delete-volume" aws_ec2 delete-volume --volume-id "$volume"

token="cli-volume-$RANDOM-$RANDOM"
step "create-volume --client-token" aws_ec2 create-volume --availability-zone Sim-Basic --size 1 --client-token "$token"
first="$(json "d['VolumeId']")"
step "create-volume again with the same client token" aws_ec2 create-volume --availability-zone Sim-Basic --size 1 \
  --client-token "$token"
check "the same volume" "$(json "d['VolumeId']")" "$first"
expect_error "the same client token with another size" IdempotentParameterMismatch aws_ec2 create-volume \
  --availability-zone Sim-Basic --size 2 --client-token "$token"
until_value "volume available (token)" available volume_state "$first"
step "wait volume-available (token)" aws_ec2 wait volume-available --volume-ids "$first"
step "delete-volume (token)" aws_ec2 delete-volume --volume-id "$first"
step "terminate-instances" aws_ec2 terminate-instances --instance-ids "$instance"
