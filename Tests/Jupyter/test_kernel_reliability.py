"""Security and reliability of the kernel process, through real clients: signatures, bad
input on the sockets, the bound address, the connection file, interrupts in both modes,
restart, and exiting when the parent dies."""
import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time

import pytest
import zmq
from jupyter_client.manager import KernelManager, start_new_kernel
from jupyter_client.session import Session

from conftest import MESSAGE_KERNEL, NNS, SIGNAL_KERNEL
from kernel_support import execute, stdout_of


@pytest.fixture
def kernel():
    """A started kernel with its stderr in a file; yields (manager, client, stderr path)."""
    log = tempfile.NamedTemporaryFile(prefix="nns-kernel-", suffix=".log", delete=False)
    km = KernelManager(kernel_name=SIGNAL_KERNEL)
    km.start_kernel(stderr=log)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=30)
    yield km, kc, log.name
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    os.unlink(log.name)


def raw_socket(km, port, kind=zmq.DEALER):
    """A plain ZeroMQ socket connected to the kernel's `port` ("shell_port", "hb_port", …), to
    send it what no well-behaved client would."""
    info = km.get_connection_info()
    sock = zmq.Context.instance().socket(kind)
    sock.connect(f"tcp://{info['ip']}:{info[port]}")
    return sock


def kernel_log(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def still_serves(kc):
    content, outputs, _ = execute(kc, 'echo "still here"')
    return content["status"] == "ok" and "still here" in stdout_of(outputs)


def test_a_forged_execute_request_is_dropped_and_logged(kernel):
    km, kc, log = kernel
    execute(kc, "let x = 1")
    count = execute(kc, "$x")[0]["execution_count"]
    forger = Session(key=b"not-the-key", username="mallory")
    shell = raw_socket(km, "shell_port")
    forger.send(shell, "execute_request", {"code": "let x = 666", "silent": False, "store_history": True,
                                            "user_expressions": {}, "allow_stdin": False})
    unsigned = Session(key=b"", username="mallory")
    unsigned.send(shell, "execute_request", {"code": "let x = 777", "silent": False})
    time.sleep(0.5)
    assert shell.poll(200) == 0, "the kernel answered a forged request"
    shell.close(0)
    content, outputs, _ = execute(kc, "$x")
    assert content["execution_count"] == count + 1, "a forged cell was counted"
    results = [c["data"]["text/plain"] for t, c in outputs if t == "execute_result"]
    assert results == ["1"], results
    text = kernel_log(log)
    assert text.count("dropped a message on the shell channel") == 2, text
    assert "signature is wrong" in text and "not signed" in text
    assert km.session.key.decode() not in text, "the key was logged"


def test_malformed_frames_bad_json_and_unknown_types_leave_it_serving(kernel):
    km, kc, log = kernel
    shell = raw_socket(km, "shell_port")
    control = raw_socket(km, "control_port")
    shell.send_multipart([b"garbage"])
    shell.send_multipart([b"<IDS|MSG>", b"sig"])
    session = km.session
    parts = [b"{not json", b"{}", b"{}", b"{}"]
    shell.send_multipart([b"<IDS|MSG>", session.sign(parts)] + parts)
    header = json.dumps({"msg_id": "x"}).encode()  # no msg_type
    parts = [header, b"{}", b"{}", b"{}"]
    shell.send_multipart([b"<IDS|MSG>", session.sign(parts)] + parts)
    session.send(shell, "no_such_request", {})
    session.send(control, "execute_request", {"code": "let x = 5"})
    time.sleep(0.5)
    assert still_serves(kc)
    assert execute(kc, "$x")[0]["status"] == "error", "an execute_request on control ran"
    text = kernel_log(log)
    for expected in ["no <IDS|MSG> delimiter", "frames after the delimiter", "header is not valid JSON",
                     "has no msg_type", "unknown type 'no_such_request'", "ignored 'execute_request' on the control channel"]:
        assert expected in text, (expected, text)
    shell.close(0)
    control.close(0)


def test_the_sockets_are_bound_only_to_the_connection_files_address(kernel):
    km, kc, _ = kernel
    info = km.get_connection_info()
    ports = {info[name] for name in ["shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"]}
    listening = {}
    for table in ["/proc/net/tcp", "/proc/net/tcp6"]:
        with open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                address, port = fields[1].split(":")
                if fields[3] == "0A" and int(port, 16) in ports:  # LISTEN
                    listening.setdefault(int(port, 16), set()).add(address)
    assert set(listening) == ports
    assert all(addresses == {"0100007F"} for addresses in listening.values()), listening


def test_a_bad_connection_file_exits_with_status_2_and_says_why(tmp_path):
    cases = {
        "missing.json": None,
        "notjson.json": "{ this is not json",
        "noport.json": json.dumps({"ip": "127.0.0.1", "key": "k", "transport": "tcp"}),
        "badport.json": json.dumps({"ip": "127.0.0.1", "key": "k", "shell_port": "x", "iopub_port": 1,
                                    "stdin_port": 2, "control_port": 3, "hb_port": 4}),
    }
    expected = {"missing.json": "no such file", "notjson.json": "is not a JSON object",
                "noport.json": "has no 'shell_port'", "badport.json": "bad 'shell_port'"}
    for name, text in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text)
        run = subprocess.run([NNS, "kernel", "-f", str(path)], capture_output=True, text=True, timeout=10)
        assert run.returncode == 2, (name, run)
        assert expected[name] in run.stderr, (name, run.stderr)


@pytest.mark.parametrize("kernel_name", [SIGNAL_KERNEL, MESSAGE_KERNEL])
def test_interrupt_stops_training_and_the_next_cell_works(kernel_name):
    km, kc = start_new_kernel(kernel_name=kernel_name)
    try:
        assert execute(kc, "load mnist\nnet 784 30 10")[0]["status"] == "ok"
        msg_id = kc.execute("sgd epochs=1000 eta=3.0 m=10")
        time.sleep(1.0)
        interrupted = time.perf_counter()
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=10)
        waited = time.perf_counter() - interrupted
        assert reply["parent_header"]["msg_id"] == msg_id
        assert waited < 2.0, f"the reply came {waited:.2f} s after the interrupt"
        content = reply["content"]
        assert content["status"] == "error" and content["ename"] == "KeyboardInterrupt", content
        assert "interrupted in epoch" in content["evalue"] and "keeps what it learned" in content["evalue"]
        content, outputs, _ = execute(kc, "eval test")
        assert content["status"] == "ok", content
        assert "test: " in stdout_of(outputs)
        # Trained for a while: far better than chance.
        correct = int(stdout_of(outputs).split("test: ")[1].split(" /")[0].replace(",", ""))
        assert correct > 5000, stdout_of(outputs)
        # SIGINT while idle is harmless too.
        if kernel_name == SIGNAL_KERNEL:
            km.interrupt_kernel()
            time.sleep(0.3)
            assert km.is_alive() and still_serves(kc)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_restart_gives_a_new_session():
    km, kc = start_new_kernel(kernel_name=SIGNAL_KERNEL)
    try:
        execute(kc, "let x = 1")
        pid = km.provisioner.pid
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=30)
        assert km.provisioner.pid != pid
        content, _, _ = execute(kc, "$x")
        assert content["status"] == "error" and content["ename"] == "UndefinedVariable", content
        assert execute(kc, "echo fine")[0]["status"] == "ok"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_shutdown_ends_the_process():
    km, kc = start_new_kernel(kernel_name=SIGNAL_KERNEL)
    process = km.provisioner.process
    kc.shutdown()
    for _ in range(50):
        if process.poll() is not None:
            break
        time.sleep(0.1)
    assert process.poll() == 0, "the kernel did not exit after shutdown_request"
    kc.stop_channels()
    km.cleanup_resources()


def test_the_kernel_exits_when_its_parent_is_killed(tmp_path):
    parent = textwrap.dedent(f"""
        import sys, time
        from jupyter_client.manager import KernelManager
        km = KernelManager(kernel_name={SIGNAL_KERNEL!r})
        km.start_kernel()
        print(km.provisioner.pid, flush=True)
        time.sleep(120)
    """)
    process = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True, env=os.environ)
    try:
        kernel_pid = int(process.stdout.readline())
        time.sleep(0.5)
        os.kill(kernel_pid, 0)  # alive
        process.kill()
        process.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.kill(kernel_pid, 0)
            except ProcessLookupError:
                return
            try:  # reap it if it was re-parented to us (a subreaper); a zombie is gone for our purpose
                if os.waitpid(kernel_pid, os.WNOHANG)[0] == kernel_pid:
                    return
            except ChildProcessError:
                pass
            with open(f"/proc/{kernel_pid}/stat") as f:
                if f.read().split(")")[1].split()[0] == "Z":
                    return
            time.sleep(0.1)
        os.kill(kernel_pid, signal.SIGKILL)
        pytest.fail("the kernel outlived its parent by 5 s")
    finally:
        if process.poll() is None:
            process.kill()


def test_the_heartbeat_echoes_while_a_cell_runs(kernel):
    km, kc, _ = kernel
    heartbeat = raw_socket(km, "hb_port", zmq.REQ)
    execute(kc, "load mnist limit=5000\nnet 784 30 10")
    kc.execute("sgd epochs=1000")
    time.sleep(0.3)
    try:
        for ping in [b"ping", b"\x00\x01binary", b"x" * 1000]:
            heartbeat.send(ping)
            assert heartbeat.poll(2000), "no heartbeat reply within 2 s"
            assert heartbeat.recv() == ping
    finally:
        heartbeat.close(0)
        km.interrupt_kernel()
        kc.get_shell_msg(timeout=30)
    assert kc.is_alive()


def test_cells_queued_behind_a_failed_cell_are_aborted(kernel):
    _, kc, _ = kernel
    execute(kc, "load mnist limit=5000\nnet 784 30 10")
    failing = kc.execute("sgd epochs=3 m=10\nsdg")
    queued = kc.execute("let queued = 1")
    replies = {}
    while len(replies) < 2:
        reply = kc.get_shell_msg(timeout=60)
        replies[reply["parent_header"]["msg_id"]] = reply["content"]
    assert replies[failing]["status"] == "error" and replies[failing]["ename"] == "UnknownCommand"
    assert replies[queued]["status"] == "aborted"
    content, _, _ = execute(kc, "$queued")
    assert content["status"] == "error", "the aborted cell ran"
    assert execute(kc, "echo next")[0]["status"] == "ok"


def test_epoch_lines_stream_as_they_happen_under_one_progress_display(kernel):
    _, kc, _ = kernel
    execute(kc, "load mnist\nnet 784 30 10")
    started = time.perf_counter()
    msg_id = kc.execute("sgd epochs=6 m=10 monitor=test")
    epochs, updates, display_ids = [], 0, set()
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and content["text"].startswith("Epoch "):
            epochs.append(time.perf_counter())
        if kind in ("display_data", "update_display_data"):
            updates += 1
            display_ids.add(content["transient"]["display_id"])
        if kind == "status" and content["execution_state"] == "idle":
            break
    elapsed = time.perf_counter() - started
    assert len(epochs) == 6
    assert epochs[-1] - epochs[0] > 0.1, "the epoch lines came all at once"
    assert len(display_ids) == 1, display_ids
    assert 1 <= updates <= elapsed * 10 + 2, (updates, elapsed)
