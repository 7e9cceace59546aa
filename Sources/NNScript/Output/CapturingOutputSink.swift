import Synchronization

/// An `OutputSink` that keeps everything written, for tests: the normal output, the errors,
/// and both interleaved in order. Safe to use from several threads.
public final class CapturingOutputSink: OutputSink, Sendable {
    /// One write, with which stream it went to.
    public enum Chunk: Sendable, Hashable {
        /// Written with `write`.
        case output(String)
        /// Written with `writeError`.
        case error(String)
    }

    private let chunks = Mutex<[Chunk]>([])

    /// An empty sink.
    public init() {}

    /// Records `text` as normal output.
    public func write(_ text: String) { chunks.withLock { $0.append(.output(text)) } }

    /// Records `text` as an error.
    public func writeError(_ text: String) { chunks.withLock { $0.append(.error(text)) } }

    /// Every write in order.
    public var all: [Chunk] { chunks.withLock { $0 } }

    /// Everything written with `write`, concatenated.
    public var output: String {
        all.map { if case .output(let text) = $0 { text } else { "" } }.joined()
    }

    /// Everything written with `writeError`, concatenated.
    public var errors: String {
        all.map { if case .error(let text) = $0 { text } else { "" } }.joined()
    }

    /// Both streams interleaved in the order written, as a terminal would show them.
    public var transcript: String {
        all.map { switch $0 { case .output(let text), .error(let text): text } }.joined()
    }

    /// Forgets everything written so far.
    public func clear() { chunks.withLock { $0.removeAll() } }
}
