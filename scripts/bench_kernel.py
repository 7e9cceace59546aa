"""The kernel's speed through jupyter_client (scripts/bench.sh runs it; numbers, not tests):

  start-up: from KernelManager.start_kernel() to the kernel_info_reply (median of RUNS starts),
            and of that the kernel's own part: from spawning `nns kernel -f` to its sockets bound;
  echo:     round trip of an `echo hi` cell, request to its idle status (median of 200);
  grid:     a `weights layer=1 grid` cell of a [784,100,10] network, request to idle, its PNG
            display received (median of 20).

Usage: python bench_kernel.py NNS_BINARY MNIST_DIR [RUNS]
"""
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

nns, data = os.path.abspath(sys.argv[1]), sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
prefix = tempfile.mkdtemp(prefix="nns-bench-kernelspec-")
subprocess.run([nns, "kernel", "install", "--prefix", prefix, "--name", "nns-bench"], check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
os.environ["NNS_DATA"] = data
from jupyter_client.manager import KernelManager  # noqa: E402  (after JUPYTER_PATH)


def reply_to(kc, msg_id):
    while True:
        msg = kc.get_shell_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def cell(kc, code):
    """Seconds from the request to the cell's idle status, and its display_data messages."""
    started = time.perf_counter()
    msg_id = kc.execute(code)
    displays = []
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "display_data":
            displays.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            elapsed = time.perf_counter() - started
            break
    reply = reply_to(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    return elapsed, displays


def start(km_name="nns-bench"):
    km = KernelManager(kernel_name=km_name)
    started = time.perf_counter()
    km.start_kernel(stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    reply_to(kc, kc.kernel_info())
    seconds = time.perf_counter() - started
    kc.wait_for_ready(timeout=30)  # iopub subscribed too, before any cell
    return km, kc, seconds


startups = []
for _ in range(runs):
    km, kc, seconds = start()
    startups.append(seconds)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print(f"  kernel start to kernel_info_reply: {statistics.median(startups) * 1000:.0f} ms "
      f"(median of {runs}; min {min(startups) * 1000:.0f}, max {max(startups) * 1000:.0f})")

def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


own = []
connection = os.path.join(prefix, "connection.json")
for _ in range(runs):
    info = {name: free_port() for name in ["shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"]}
    info.update(ip="127.0.0.1", key="bench", transport="tcp", signature_scheme="hmac-sha256")
    with open(connection, "w") as f:
        json.dump(info, f)
    started = time.perf_counter()
    kernel = subprocess.Popen([nns, "kernel", "-f", connection], stderr=subprocess.PIPE, text=True)
    kernel.stderr.readline()  # "nns kernel: listening on …", written once every socket is bound
    own.append(time.perf_counter() - started)
    kernel.kill()
    kernel.wait()
print(f"    of which the kernel, spawn to its sockets bound: {statistics.median(own) * 1000:.0f} ms (median of {runs}); "
      "the rest is jupyter_client's start-up and ZeroMQ's reconnect interval")

km, kc, _ = start()
for _ in range(20):
    cell(kc, "echo hi")
echoes = [cell(kc, "echo hi")[0] for _ in range(200)]
print(f"  echo hi round trip: {statistics.median(echoes) * 1000:.2f} ms (median of 200; "
      f"90th percentile {statistics.quantiles(echoes, n=10)[-1] * 1000:.2f} ms)")

cell(kc, "load mnist limit=1000\nnet 784 100 10 cost=cross-entropy init=scaled")
grids = []
for _ in range(21):
    seconds, displays = cell(kc, "weights layer=1 grid")
    assert len(displays) == 1 and "image/png" in displays[0]["content"]["data"]
    grids.append(seconds)
size = len(displays[0]["content"]["data"]["image/png"]) * 3 // 4
print(f"  weights layer=1 grid cell, [784,100,10], with its {size // 1000} KB PNG: "
      f"{statistics.median(grids[1:]) * 1000:.1f} ms (median of 20)")
kc.stop_channels()
km.shutdown_kernel(now=True)
