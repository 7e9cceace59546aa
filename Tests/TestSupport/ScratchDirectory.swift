import Foundation

/// A new empty directory under the system's temporary directory for one test, removed with its
/// contents when the last reference to it goes. Keep it alive for as long as its files are
/// used (a stored property of the test suite, or a local used after the last file access).
public final class ScratchDirectory: Sendable {
    /// The directory's absolute path.
    public let path: String

    /// Creates the directory.
    public init() throws {
        path = try Self.newDirectory()
    }

    /// A new empty directory under the system's temporary directory, which the caller removes.
    public static func newDirectory() throws -> String {
        let path = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("nns-tests-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `text` to `name` in this directory (creating sub-directories) and returns the file's path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
