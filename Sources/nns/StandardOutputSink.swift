import Glibc
import NNScript
import Synchronization

/// The first error writing to standard output (its `errno`), 0 while there has been none.
private let standardOutputError = Atomic<Int32>(0)
/// Standard output was closed when nns started (it now points at /dev/null).
private let standardOutputWasClosed = Atomic<Bool>(false)

/// The interpreter's output on the process's standard streams: `write` goes to standard output,
/// `writeError` to standard error, each straight to its file descriptor with no buffering, so
/// progress lines appear as they are produced and the two streams stay in order on a terminal.
///
/// Standard output may fail — a pipe whose reader left (`| head -1`; SIGPIPE is ignored, so this
/// is EPIPE), a full device (`> /dev/full`), a closed descriptor (`>&-`). The first failure is
/// reported once on standard error, later output to standard output is dropped, the session goes
/// on (its own file writes still happen), and `exitStatus(_:)` turns a success into 1.
final class StandardOutputSink: OutputSink, Sendable {
    /// A sink for file descriptors 1 and 2.
    init() {}

    /// Writes `text` to standard output.
    func write(_ text: String) {
        Self.write(text, to: STDOUT_FILENO)
    }

    /// Writes `text` to standard error.
    func writeError(_ text: String) {
        Self.write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to `descriptor`, retrying after signals and short writes. A failure on
    /// standard output is reported once (see the type); one on standard error cannot be reported
    /// and is ignored.
    static func write(_ text: String, to descriptor: Int32) {
        if descriptor == STDOUT_FILENO {
            if standardOutputError.load(ordering: .relaxed) != 0 { return }
            if standardOutputWasClosed.load(ordering: .relaxed) {
                failed(with: EBADF)
                return
            }
        }
        guard let failure = writeAll(text, to: descriptor), descriptor == STDOUT_FILENO else { return }
        failed(with: failure)
    }

    /// Records that standard output failed with `code`, telling the user the first time.
    static func failed(with code: Int32) {
        guard standardOutputError.compareExchange(expected: 0, desired: code, ordering: .relaxed).exchanged else { return }
        let reason = code == EBADF ? "it is closed" : String(cString: strerror(code))
        _ = writeAll("nns: cannot write to standard output: \(reason); the rest of the output is lost, "
                     + "but the commands still run (and their files are still written)\n", to: STDERR_FILENO)
    }

    /// `status`, or 1 (a command failed) when it was a success but standard output failed.
    static func exitStatus(_ status: ExitStatus) -> ExitStatus {
        status == .success && standardOutputError.load(ordering: .relaxed) != 0 ? .commandFailed : status
    }

    /// Makes sure descriptors 0, 1 and 2 are open: one a parent closed would otherwise be
    /// reused by the next file nns opens (and output would land in a model file). A closed one
    /// is opened on /dev/null; a closed standard output also counts as its first failure.
    static func plugClosedStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
            if descriptor == STDOUT_FILENO { standardOutputWasClosed.store(true, ordering: .relaxed) }
        }
    }

    /// Writes all of `text`; the `errno` of the failure, or nil when everything was written.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            guard var next = bytes.baseAddress else { return nil }
            var remaining = bytes.count
            while remaining > 0 {
                let written = Glibc.write(descriptor, next, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                next += written
                remaining -= written
            }
            return nil
        }
    }
}
