"""Helpers for the kernel tests: run a cell and collect what it published."""
import time

TIMEOUT = 60


def execute(kc, code, timeout=TIMEOUT):
    """Runs `code`; returns (reply content, [(msg_type, content)] of its iopub messages, seconds
    from the request to the reply)."""
    started = time.perf_counter()
    msg_id = kc.execute(code)
    reply = wait_reply(kc, msg_id, timeout)
    elapsed = time.perf_counter() - started
    return reply["content"], outputs_of(kc, msg_id, timeout), elapsed


def wait_reply(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to `msg_id`."""
    deadline = time.monotonic() + timeout
    while True:
        reply = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def outputs_of(kc, msg_id, timeout=TIMEOUT):
    """The iopub messages of request `msg_id` up to its `idle` status (excluded)."""
    found = []
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return found
        found.append((msg["msg_type"], msg["content"]))


def stdout_of(outputs):
    return "".join(c["text"] for t, c in outputs if t == "stream" and c["name"] == "stdout")
