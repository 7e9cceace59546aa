import Foundation
import TestSupport

/// Where the real data for tests lives (as paths for NeuralData's own reader), and scratch
/// directories.
enum TestData {
    /// The shared data directory (see ``RealData/directory``).
    static var root: String { RealData.directory.path }

    /// The four official MNIST files.
    static var mnist: String { root + "/mnist" }
    /// 5,000 MNIST training images, classes interleaved 0…9, 0…9, …
    static var mnist5k: String { root + "/mnist-train-5k" }

    static func mnistFile(_ name: String) -> String { mnist + "/" + name }

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("nns-data-tests-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `bytes` to `directory/name` and returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], named name: String, in directory: String) throws -> String {
        let path = directory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The bytes of the file at `path`.
    static func bytes(of path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// A new empty temporary directory, removed with its contents when the last reference to it goes
/// (a test suite holds one per test).
final class ScratchDirectory: Sendable {
    /// The directory's absolute path.
    let path: String

    init() throws {
        path = try TestData.temporaryDirectory()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
