import CZlib
import Foundation
import NNSDisplay

/// Real MNIST test images for rendering tests, read from the shared data directory
/// (`NNS_TEST_DATA`, else `<package root>/../shared/data`).
enum MNISTSample {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "MNIST test images not readable at \(path); set NNS_TEST_DATA" }
    }

    static var dataDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["NNS_TEST_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }

    /// The first `count` images of the MNIST test set as 28×28 byte arrays (gzip IDX: a 16-byte
    /// header, then 784 bytes per image, row-major).
    static func testImages(count: Int) throws -> [[UInt8]] {
        let path = dataDirectory.appendingPathComponent("mnist/t10k-images-idx3-ubyte.gz").path
        guard let file = gzopen(path, "rb") else { throw Missing(path: path) }
        defer { gzclose(file) }
        let wanted = 16 + 784 * count
        var bytes = [UInt8](repeating: 0, count: wanted)
        let read = bytes.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32(wanted)) }
        guard read == Int32(wanted) else { throw Missing(path: path) }
        return (0..<count).map { Array(bytes[(16 + 784 * $0)..<(16 + 784 * ($0 + 1))]) }
    }

    /// Test image `index` (index < 20) as a raster with values in [0, 1].
    static func raster(_ index: Int) throws -> Raster {
        try Raster(width: 28, height: 28, bytes: testImages(count: index + 1)[index])
    }
}
