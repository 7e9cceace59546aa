"""Shared set-up of the real-client kernel tests (run by scripts/kernel-test.sh).

Installs two kernelspecs of the nns binary under test into a scratch Jupyter data directory
(`nns-test`: interrupt mode signal, `nns-test-message`: interrupt mode message) with
`nns kernel install --prefix`, and points Jupyter at it through JUPYTER_PATH before any
jupyter_client code looks for kernels.
"""
import os
import subprocess
import tempfile

NNS = os.environ.get("NNS_BINARY") or os.path.join(os.path.dirname(__file__), "../../.build/debug/nns")
NNS = os.path.abspath(NNS)
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../.."))
PREFIX = tempfile.mkdtemp(prefix="nns-kernelspecs-")
SIGNAL_KERNEL = "nns-test"
MESSAGE_KERNEL = "nns-test-message"

for name, mode in [(SIGNAL_KERNEL, "signal"), (MESSAGE_KERNEL, "message")]:
    subprocess.run([NNS, "kernel", "install", "--prefix", PREFIX, "--name", name, "--interrupt-mode", mode],
                   check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(PREFIX, "share", "jupyter")
os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
# Tests find MNIST where scripts/test.sh finds it.
if "NNS_DATA" not in os.environ and os.environ.get("NNS_TEST_DATA"):
    os.environ["NNS_DATA"] = os.environ["NNS_TEST_DATA"]
