import Foundation

/// Where the real data for tests lives: the official MNIST files in `mnist/` and the 5,000-image
/// training subset in `mnist-train-5k/` (classes interleaved 0…9, 0…9, …).
///
/// The directory is `$NNS_TEST_DATA` when that is set and not empty, else `../shared/data` beside
/// the package root, the root being derived from this file's path (`Tests/TestSupport/…`). Only
/// tests use this; the product itself never reads `../shared`.
public enum RealData {
    /// The package's root directory (the one holding `Package.swift`), from this file's path.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Tests/TestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the package root
    }

    /// `$NNS_TEST_DATA`, else `<package root>/../shared/data`. Not checked for existence.
    public static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["NNS_TEST_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }

    /// The file at `relativePath` under ``directory``, e.g. `"mnist/t10k-images-idx3-ubyte.gz"`.
    /// Throws ``RealDataError/missing(_:)`` (saying how to provide the data) if there is no such file.
    public static func file(_ relativePath: String) throws(RealDataError) -> URL {
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(url) }
        return url
    }
}
