#!/usr/bin/env bash
# The image actions with the AWS CLI v2. Environment: EC2_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
# AWS_DEFAULT_REGION, WORK, RUNNING_INSTANCE, STOPPED_INSTANCE, OTHER_ACCOUNT. Prints one line per step.
set -uo pipefail
. "$(dirname "$0")/awscli_steps.sh"

featured="CentOS 5.6 (64-bit) no GUI (Simulator)"
step "describe-images --owners all" aws_ec2 describe-images --owners all
check "featured image once" "$(json "[i['Name'] for i in d['Images']].count('$featured')")" "1"
step "describe-images --filters" aws_ec2 describe-images --filters "Name=name,Values=CentOS*" "Name=is-public,Values=true"
check "filtered" "$(json "[i['Name'] for i in d['Images']]")" "['$featured']"

step "register-image" aws_ec2 register-image --name cli-registered --description "registered by the CLI" \
  --image-location 'http://10.1.1.1/images/cli.vhd#hypervisor=Simulator&ostype=CentOS%205.6%20(64-bit)&zone=Sim-Basic'
registered="$(json "d['ImageId']")"
step "wait image-available (registered)" aws_ec2 wait image-available --image-ids "$registered"

step "create-image --no-reboot" aws_ec2 create-image --instance-id "$RUNNING_INSTANCE" --name cli-from-running --no-reboot
created="$(json "d['ImageId']")"
for _ in $(seq 1 50); do
  aws_ec2 describe-images --image-ids "$created" > "$WORK/last.json" 2>&1
  [[ "$(json "d['Images'][0]['State']")" == "available" ]] && break
  sleep 0.2
done
step "wait image-available (created)" aws_ec2 wait image-available --image-ids "$created"
step "describe-images --owners self" aws_ec2 describe-images --owners self
check "own images" "$(json "sorted(i['Name'] for i in d['Images'] if i['Name'].startswith('cli-'))")" \
  "['cli-from-running', 'cli-registered']"

step "modify-image-attribute (flat form)" aws_ec2 modify-image-attribute --image-id "$created" \
  --attribute launchPermission --operation-type add --user-ids "$OTHER_ACCOUNT"
step "describe-image-attribute" aws_ec2 describe-image-attribute --image-id "$created" --attribute launchPermission
check "shared" "$(json "d['LaunchPermissions']")" "[{'UserId': '$OTHER_ACCOUNT'}]"
step "modify-image-attribute --launch-permission" aws_ec2 modify-image-attribute --image-id "$created" \
  --launch-permission "Add=[{Group=all}]"
step "describe-image-attribute again" aws_ec2 describe-image-attribute --image-id "$created" --attribute launchPermission
check "public" "$(json "d['LaunchPermissions']")" "[{'Group': 'all'}]"
step "reset-image-attribute" aws_ec2 reset-image-attribute --image-id "$created" --attribute launchPermission
step "describe-image-attribute after reset" aws_ec2 describe-image-attribute --image-id "$created" --attribute launchPermission
check "nobody" "$(json "d['LaunchPermissions']")" "[]"

expect_error "unknown image" InvalidAMIID.NotFound aws_ec2 describe-images --image-ids ami-0123456789abcdef0
expect_error "malformed image" InvalidAMIID.Malformed aws_ec2 deregister-image --image-id ami-nope
step "deregister-image (registered)" aws_ec2 deregister-image --image-id "$registered"
step "deregister-image (created)" aws_ec2 deregister-image --image-id "$created"
