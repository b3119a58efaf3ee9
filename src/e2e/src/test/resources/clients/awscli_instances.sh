#!/usr/bin/env bash
# AWS CLI v2 drives instances through the gateway. Environment: EC2_URL, AWS_* keys and region, WORK,
# IMAGE_ID (the stand-in's template). Prints one line per step.
set -uo pipefail
. "$(dirname "$0")/awscli_steps.sh"
# Describes until the instance reaches the state (the CLI's own waiter polls every 15 s).
wait_state() {
  local id="$1" want="$2" got=""
  for _ in $(seq 1 120); do
    got="$(aws_ec2 describe-instances --instance-ids "$id" --query 'Reservations[0].Instances[0].State.Name' 2>&1)"
    [[ "$got" == "\"$want\"" ]] && { echo "ok   $id is $want"; return 0; }
    sleep 0.5
  done
  echo "FAIL $id never became $want (last: $got)"
  exit 1
}

step "create-key-pair" aws_ec2 create-key-pair --key-name cli-instances
token="cli-$RANDOM-$RANDOM"
step "run-instances" aws_ec2 run-instances --image-id "$IMAGE_ID" --count 1 --instance-type m1.small \
  --key-name cli-instances --placement AvailabilityZone=Sim-Basic --client-token "$token" \
  --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=cli-web}]'
id="$(json "d['Instances'][0]['InstanceId']")"
check "pending at once" "$(json "d['Instances'][0]['State']['Name']")" "pending"
step "run-instances again with the same client token" aws_ec2 run-instances --image-id "$IMAGE_ID" --count 1 \
  --instance-type m1.small --key-name cli-instances --placement AvailabilityZone=Sim-Basic --client-token "$token" \
  --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=cli-web}]'
check "the same instance" "$(json "d['Instances'][0]['InstanceId']")" "$id"
wait_state "$id" running
step "wait instance-running" aws_ec2 wait instance-running --instance-ids "$id"
step "describe-instances --filters" aws_ec2 describe-instances --filters Name=tag:Name,Values=cli-* \
  Name=instance-type,Values=m1.small
check "found by filters" "$(json "[i['InstanceId'] for r in d['Reservations'] for i in r['Instances']]")" "['$id']"
step "stop-instances" aws_ec2 stop-instances --instance-ids "$id"
check "stopping" "$(json "d['StoppingInstances'][0]['CurrentState']['Name']")" "stopping"
wait_state "$id" stopped
step "start-instances" aws_ec2 start-instances --instance-ids "$id"
wait_state "$id" running
step "reboot-instances" aws_ec2 reboot-instances --instance-ids "$id"
step "terminate-instances" aws_ec2 terminate-instances --instance-ids "$id"
check "shutting-down" "$(json "d['TerminatingInstances'][0]['CurrentState']['Name']")" "shutting-down"
wait_state "$id" terminated
expect_error "unknown instance" InvalidInstanceID.NotFound aws_ec2 describe-instances --instance-ids i-0123456789abcdef0
step "delete-key-pair" aws_ec2 delete-key-pair --key-name cli-instances
