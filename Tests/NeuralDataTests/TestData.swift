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
