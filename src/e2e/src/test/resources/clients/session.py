"""Helpers shared by the Python client sessions: step reporting and the run's settings."""
import os
import sys
import traceback

EC2_URL = os.environ["EC2_URL"]
ACCESS_KEY = os.environ["AWS_ACCESS_KEY_ID"]
SECRET_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]
REGION = os.environ["AWS_DEFAULT_REGION"]


def step(name, action, *args, **kwargs):
    """Runs one step; on failure prints the call and the gateway's answer and stops the session."""
    try:
        result = action(*args, **kwargs)
    except Exception as e:  # the answer is what matters, whatever the client raised
        print("FAIL %s" % name)
        print("  call:   %s %r %r" % (getattr(action, "__name__", action), args, kwargs))
        print("  answer: %s" % e)
        traceback.print_exc(file=sys.stdout)
        sys.exit(1)
    print("ok   %s" % name)
    return result


def check(name, got, want):
    if got != want:
        print("FAIL %s: got %r, want %r" % (name, got, want))
        sys.exit(1)
    print("ok   %s" % name)


def expect_error(name, code, action, *args, **kwargs):
    """Runs a step that must fail with the EC2 error `code`; `error_code` reads it from the exception."""
    try:
        action(*args, **kwargs)
    except Exception as e:
        got = error_code(e)
        if got == code:
            print("ok   %s" % name)
            return
        print("FAIL %s: expected %s, got %s: %s" % (name, code, got, e))
        sys.exit(1)
    print("FAIL %s: succeeded, expected %s" % (name, code))
    sys.exit(1)


def error_code(e):
    response = getattr(e, "response", None)
    if isinstance(response, dict):
        return response.get("Error", {}).get("Code")
    return getattr(e, "error_code", None)
