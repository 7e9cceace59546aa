/// # NNSKernel — nns as a Jupyter kernel
///
/// Owns the Jupyter side of nns: the messaging protocol 5.3 (`KernelMessage`, `WireCodec`
/// framing and HMAC-SHA256 signing, `KernelCore` answering requests and publishing on iopub),
/// the sockets and their threads (`KernelServer`: shell, control, heartbeat, iopub over
/// libzmq), interruption (SIGINT and `interrupt_request`), the kernelspec (`KernelSpec`:
/// `nns kernel install`) and the notebook file format (`Notebook`: `nns run FILE.ipynb`,
/// `nns convert`).
///
/// The protocol part knows no language: it drives a `KernelInterpreter`, and tests drive it
/// with a mock. `NNScriptKernelInterpreter` is the one bridge to nns: it runs cells in an
/// `NNScript.Interpreter` with an output sink of its own (`NotebookOutputSink`), exactly as the
/// REPL does with its terminal sink. NNScript does not know this module exists.
///
/// Must not know: matrices, networks or data formats (NNScript does that), the command line
/// (the CLI only calls `KernelServer.run`, `KernelSpec` and `Notebook`).
public enum NNSKernelModule {}
