#!/usr/bin/env bash
# The step helpers every AWS CLI session script sources: run a step, expect an EC2 error code, read the
# last answer with a Python expression, compare. A failed step prints the command and the answer and exits.

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
