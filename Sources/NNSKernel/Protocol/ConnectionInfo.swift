import Foundation

/// What a Jupyter connection file says: where the kernel's five sockets listen and the key
/// that signs every message. Jupyter writes it and starts `nns kernel -f FILE`.
///
/// The key is kept only here and in the signer: it is never printed or written anywhere
/// (`description` leaves it out).
public struct ConnectionInfo: Sendable, Equatable, CustomStringConvertible {
    /// `tcp` or `ipc`.
    public var transport: String
    /// The address to bind (`127.0.0.1`), or for `ipc` the path prefix of the socket files.
    public var ip: String
    /// Ports of the shell, iopub, stdin, control and heartbeat sockets (1…65535).
    public var shellPort, iopubPort, stdinPort, controlPort, heartbeatPort: Int
    /// The HMAC key as UTF-8 bytes; empty turns signing off.
    public var key: [UInt8]
    /// `hmac-sha256` (the only scheme nns supports).
    public var signatureScheme: String

    /// The info from a connection file's JSON text.
    /// - Throws: `ConnectionFileError` naming the field that is missing or wrong.
    public init(json bytes: [UInt8], path: String) throws(ConnectionFileError) {
        guard let json = try? JSON(parsing: bytes), let members = json.object else { throw .notJSON(path: path) }
        func port(_ name: String) throws(ConnectionFileError) -> Int {
            guard let value = members[name] else { throw .missing(path: path, field: name) }
            guard let port = value.int, (1...65_535).contains(port) else {
                throw .invalid(path: path, field: name, reason: "a port must be a whole number from 1 to 65535")
            }
            return port
        }
        transport = members["transport"]?.string ?? "tcp"
        guard transport == "tcp" || transport == "ipc" else {
            throw .invalid(path: path, field: "transport", reason: "'\(transport)' is not tcp or ipc")
        }
        guard let ip = members["ip"]?.string, !ip.isEmpty else { throw .missing(path: path, field: "ip") }
        self.ip = ip
        shellPort = try port("shell_port")
        iopubPort = try port("iopub_port")
        stdinPort = try port("stdin_port")
        controlPort = try port("control_port")
        heartbeatPort = try port("hb_port")
        guard let key = members["key"]?.string else { throw .missing(path: path, field: "key") }
        self.key = Array(key.utf8)
        signatureScheme = members["signature_scheme"]?.string ?? "hmac-sha256"
        guard signatureScheme == "hmac-sha256" || (signatureScheme.isEmpty && key.isEmpty) else {
            throw .invalid(path: path, field: "signature_scheme", reason: "'\(signatureScheme)' is not supported; nns signs with hmac-sha256")
        }
    }

    /// The info in the connection file at `path`.
    /// - Throws: `ConnectionFileError` when it cannot be read or is not a connection file.
    public init(contentsOf path: String) throws(ConnectionFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw .unreadable(path: path, reason: !exists ? "no such file" : isDirectory.boolValue ? "it is a directory" : "permission denied")
        }
        try self.init(json: Array(data), path: path)
    }

    /// The ZeroMQ endpoint for `port`: `tcp://127.0.0.1:port`, or `ipc://IP-port` for ipc.
    public func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }

    /// Where the sockets listen, without the key.
    public var description: String {
        "\(transport) \(ip): shell \(shellPort), iopub \(iopubPort), stdin \(stdinPort), control \(controlPort), "
            + "heartbeat \(heartbeatPort); messages \(key.isEmpty ? "unsigned" : "signed with \(signatureScheme)")"
    }
}

/// Why `nns kernel -f FILE` cannot start: the connection file is missing, unreadable or wrong.
/// `nns kernel` prints the message and exits with status 2.
public enum ConnectionFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be read; `reason` says why.
    case unreadable(path: String, reason: String)
    /// The file is not a JSON object.
    case notJSON(path: String)
    /// A required field is absent.
    case missing(path: String, field: String)
    /// A field has a value nns cannot use.
    case invalid(path: String, field: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read the connection file '\(path)': \(reason)"
        case .notJSON(let path):
            return "the connection file '\(path)' is not a JSON object — Jupyter writes it; start the kernel from Jupyter, "
                + "or give the file it wrote"
        case .missing(let path, let field):
            return "the connection file '\(path)' has no '\(field)'"
        case .invalid(let path, let field, let reason):
            return "the connection file '\(path)' has a bad '\(field)': \(reason)"
        }
    }
}
