"""Notebooks through real clients: nbclient runs examples/tour.ipynb on the shared MNIST;
jupyter console runs a cell; the .ipynb runner and converter of the nns binary."""
import os
import subprocess
import sys

import nbformat
import pexpect
from nbclient import NotebookClient

from conftest import NNS, ROOT, SIGNAL_KERNEL


def test_nbclient_runs_the_tour_with_pictures_where_the_views_ran():
    path = os.path.join(ROOT, "examples", "tour.ipynb")
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    client = NotebookClient(notebook, kernel_name=SIGNAL_KERNEL, timeout=300,
                            resources={"metadata": {"path": os.path.dirname(path)}})
    client.execute()  # raises CellExecutionError on any error
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    for cell in code:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
    views = ["show", "predict", "weights", "plot", "confusion", "errors"]
    for cell in code:
        verb = cell.source.split()[0]
        if verb in views:
            pictures = [o for o in cell.outputs if o.output_type == "display_data" and "image/png" in o.data]
            assert len(pictures) == 1, (cell.source, [o.output_type for o in cell.outputs])
            assert "text/plain" in pictures[0].data
    stdout = "".join(o.text for cell in code for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")
    assert "test: " in stdout and "/ 10000" in stdout, stdout
    accuracy = float(stdout.split("test: ")[1].split("(")[1].split("%")[0])
    assert accuracy > 90, stdout
    training = next(cell for cell in code if "sgd" in cell.source)
    progress = [o for o in training.outputs if o.output_type == "display_data"]
    assert len(progress) == 1, "the progress bar is one display, updated in place"
    assert len([o for o in training.outputs if o.output_type == "stream" and "Epoch" in o.text]) >= 1
    # Out[n] numbering: every code cell counted once, in order.
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))


def test_jupyter_console_runs_a_cell():
    console = pexpect.spawn(sys.executable, ["-m", "jupyter_console", "--kernel", SIGNAL_KERNEL, "--simple-prompt",
                                             "--ZMQTerminalInteractiveShell.confirm_exit=False", "--no-confirm-exit"],
                            encoding="utf-8", timeout=60, env=dict(os.environ, TERM="dumb"))
    try:
        console.expect(r"In \[1\]: ")
        console.sendline("net 784 30 10; info")
        console.expect(r"In \[2\]: ")
        assert "784 → 30 sigmoid → 10 sigmoid" in console.before, console.before
        console.sendline("quit")  # nns's quit: the console keeps going, nns says so on stderr
        console.expect(r"In \[3\]: ")
        console.sendeof()  # Ctrl-D leaves the console and shuts the kernel down
        if console.expect([pexpect.EOF, r"exit \(\[y\]/n\)\? "]) == 1:
            console.sendline("y")
            console.expect(pexpect.EOF)
    finally:
        console.close(force=True)


def test_nns_runs_a_notebook_and_names_the_cell_in_errors(tmp_path):
    script = tmp_path / "s.nns"
    script.write_text("echo one\n\nfor x in [1, 2] {\n\n  echo $x\n}\n\nsgd epoch=3\n")
    notebook = tmp_path / "s.ipynb"
    subprocess.run([NNS, "convert", str(script), str(notebook)], check=True, capture_output=True)
    nbformat.validate(nbformat.read(str(notebook), as_version=4))
    run = subprocess.run([NNS, str(notebook)], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stdout == "one\n1\n2\n"
    assert run.stderr.startswith(f"{notebook} cell 3:1:5: unknown argument 'epoch' for sgd"), run.stderr
