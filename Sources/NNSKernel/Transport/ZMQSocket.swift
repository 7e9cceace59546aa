import CZMQ
import Glibc

/// Why a socket could not be set up; the message includes libzmq's explanation.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// What was being done ("bind the shell socket to tcp://127.0.0.1:5555").
    public let action: String
    /// `zmq_strerror` of the failure.
    public let reason: String

    init(_ action: String) {
        self.action = action
        reason = String(cString: zmq_strerror(zmq_errno()))
    }

    public var description: String { "cannot \(action): \(reason)" }
}

/// A ZeroMQ context: the I/O thread all the kernel's sockets share.
final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    init() throws(TransportError) {
        guard let handle = zmq_ctx_new() else { throw TransportError("create a ZeroMQ context") }
        self.handle = handle
    }

    /// Waits until every socket is closed and their queued messages are sent (up to each
    /// socket's linger time), then frees the context.
    func terminate() {
        while zmq_ctx_term(handle) != 0, zmq_errno() == EINTR {}
    }
}

/// One ZeroMQ socket, used by one thread at a time (the iopub socket is shared under a lock).
/// Multipart messages are `[[UInt8]]`, one array per frame.
final class ZMQSocket: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    /// What the socket is for, in messages ("shell").
    let name: String

    /// A socket of ZeroMQ `type` (`ZMQ_ROUTER`, `ZMQ_PUB`, `ZMQ_REP`) that keeps unsent messages
    /// for at most `lingerMilliseconds` when closed.
    init(_ context: ZMQContext, type: Int32, name: String, lingerMilliseconds: Int32 = 1000) throws(TransportError) {
        guard let handle = zmq_socket(context.handle, type) else { throw TransportError("create the \(name) socket") }
        self.handle = handle
        self.name = name
        var linger = lingerMilliseconds
        zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
    }

    /// Binds to `endpoint` (`tcp://127.0.0.1:5555`).
    func bind(_ endpoint: String) throws(TransportError) {
        guard zmq_bind(handle, endpoint) == 0 else { throw TransportError("bind the \(name) socket to \(endpoint)") }
    }

    /// Closes the socket (queued messages are still sent, up to the linger time).
    func close() {
        zmq_close(handle)
    }

    /// The next multipart message, waiting for it unless `wait` is false; nil when there is
    /// none (not waiting) or the context is being terminated.
    func receive(wait: Bool = true) -> [[UInt8]]? {
        var frames: [[UInt8]] = []
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            var received: Int32
            repeat {
                received = zmq_msg_recv(&message, handle, wait || !frames.isEmpty ? 0 : ZMQ_DONTWAIT)
            } while received < 0 && zmq_errno() == EINTR
            guard received >= 0 else { return nil }
            let size = zmq_msg_size(&message)
            if size > 0, let data = zmq_msg_data(&message) {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                frames.append([])
            }
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }

    /// Sends `frames` as one multipart message; false when it could not be queued.
    @discardableResult
    func send(_ frames: [[UInt8]]) -> Bool {
        for (index, frame) in frames.enumerated() {
            let flags: Int32 = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            var sent: Int32
            repeat {
                sent = frame.withUnsafeBytes { bytes in
                    zmq_send(handle, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), bytes.count, flags)
                }
            } while sent < 0 && zmq_errno() == EINTR
            if sent < 0 { return false }
        }
        return true
    }

    /// Which of `sockets` have a message to read, waiting at most `milliseconds` (-1: forever);
    /// all false on timeout or when a signal interrupts the wait.
    static func readable(_ sockets: [ZMQSocket], milliseconds: Int) -> [Bool] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let ready = zmq_poll(&items, Int32(items.count), milliseconds)
        guard ready > 0 else { return Array(repeating: false, count: sockets.count) }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
