import Glibc
import NNScript

/// The interpreter's output on the process's standard streams: `write` goes to standard output,
/// `writeError` to standard error, each straight to its file descriptor with no buffering, so
/// progress lines appear as they are produced and the two streams stay in order on a terminal.
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

    /// Writes all of `text` to `descriptor`, retrying after signals and short writes; gives up
    /// quietly when the descriptor is closed or broken (nothing useful can be reported then).
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var remaining = bytes.count
            while remaining > 0 {
                let written = Glibc.write(descriptor, next, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                next += written
                remaining -= written
            }
        }
    }
}
