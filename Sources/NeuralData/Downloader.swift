import Foundation

/// Fetches single files from a ``Mirror``: copies from a local directory, or runs `curl` for
/// URLs with timeouts so that a machine without network fails within seconds, not minutes.
///
/// curl is used rather than an HTTP library so the nns binary does not link libcurl; if curl is
/// missing, the failure says how to install it.
public struct Downloader: Sendable {
    /// Seconds to wait for a connection to a server (curl `--connect-timeout`).
    public var connectTimeout: Int
    /// Seconds a transfer may stay below 1 KB/s before it is abandoned (curl `--speed-time`).
    public var stallTimeout: Int
    /// Seconds a single file may take at most (curl `--max-time`).
    public var maximumTime: Int
    /// The curl executable; nil to search `PATH` (then `/usr/bin/curl`).
    public var curlPath: String?

    /// A downloader with the given timeouts in seconds.
    public init(connectTimeout: Int = 10, stallTimeout: Int = 30, maximumTime: Int = 900, curlPath: String? = nil) {
        self.connectTimeout = connectTimeout
        self.stallTimeout = stallTimeout
        self.maximumTime = maximumTime
        self.curlPath = curlPath
    }

    /// Why a fetch failed, in words for the user; `interrupted` when curl was stopped by a
    /// signal (Ctrl-C reaches curl too), so no further mirror should be tried.
    struct Failure: Error {
        let problem: String
        var interrupted = false
        /// The caller asked to stop (`isCancelled`): curl was stopped and nothing is kept.
        var cancelled = false
    }

    /// Fetches `fileName` from `mirror` into `destination` (replacing it), reporting progress
    /// against `totalBytes`. Does not verify the contents.
    func fetch(
        _ fileName: String, from mirror: Mirror, to destination: String, totalBytes: Int?,
        progress: (DownloadProgress) -> Void, isCancelled: () -> Bool = { false }
    ) throws(Failure) {
        let source = mirror.location(of: fileName)
        progress(DownloadProgress(file: fileName, source: source, bytesDone: 0, totalBytes: totalBytes))
        switch mirror {
        case .directory:
            try copy(source, to: destination)
        case .url:
            try runCurl(source, to: destination, isCancelled: isCancelled) { done in
                progress(DownloadProgress(file: fileName, source: source, bytesDone: done, totalBytes: totalBytes))
            }
        }
        let size = Self.fileSize(destination) ?? 0
        progress(DownloadProgress(file: fileName, source: source, bytesDone: size, totalBytes: totalBytes))
    }

    private func copy(_ source: String, to destination: String) throws(Failure) {
        do {
            try FileBytes.checkReadable(source)
        } catch {
            if case .unreadable(_, let reason) = error { throw Failure(problem: reason) }
            throw Failure(problem: error.description)
        }
        try? FileManager.default.removeItem(atPath: destination)
        do {
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        } catch {
            throw Failure(problem: "copying failed: \(error.localizedDescription)")
        }
    }

    private func runCurl(_ url: String, to destination: String, isCancelled: () -> Bool,
                         progress: (Int) -> Void) throws(Failure) {
        guard let curl = curlPath ?? Self.findInPath("curl") else {
            throw Failure(problem: "curl is not installed (install it with `apt-get install curl`)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl)
        process.arguments = [
            "--fail", "--location", "--silent", "--show-error",
            "--connect-timeout", String(connectTimeout),
            "--speed-limit", "1024", "--speed-time", String(stallTimeout),
            "--max-time", String(maximumTime),
            "--output", destination, url,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(problem: "could not run \(curl): \(error.localizedDescription)")
        }
        // curl enforces the time limits; this watchdog only guards against curl itself hanging.
        let deadline = Date().addingTimeInterval(TimeInterval(maximumTime + connectTimeout + 5))
        var cancelledAt: Date?
        while process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            progress(Self.fileSize(destination) ?? 0)
            if Date() > deadline { process.terminate() }
            if let cancelledAt {
                // Foundation reports the exit only once the child's pipes close; do not wait on a
                // grandchild that keeps them open.
                if Date().timeIntervalSince(cancelledAt) > 2 { break }
            } else if isCancelled() {
                cancelledAt = Date()
                process.terminate()
            }
        }
        if cancelledAt != nil { throw Failure(problem: "cancelled", cancelled: true) }
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationReason == .exit else {
            throw Failure(problem: "interrupted (curl stopped by signal \(process.terminationStatus))", interrupted: true)
        }
        guard process.terminationStatus == 0 else {
            throw Failure(problem: message.isEmpty ? "curl failed (status \(process.terminationStatus))" : message)
        }
    }

    /// The size of the file at `path` in bytes, or nil if it does not exist.
    static func fileSize(_ path: String) -> Int? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] else { return nil }
        return (size as? Int) ?? (size as? UInt64).map { Int(clamping: $0) } ?? (size as? NSNumber)?.intValue
    }

    /// The first executable called `name` in `$PATH`, else `/usr/bin/name` if executable.
    private static func findInPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { $0 + "/" + name } + ["/usr/bin/" + name]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
