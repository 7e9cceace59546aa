import Foundation
import NeuralNet

/// The real MNIST t10k files from the shared test data (`$NNS_TEST_DATA`, else
/// `<package root>/../shared/data`), decompressed with `gzip -dc`.
enum MNISTTestSet {
    /// The directory holding `t10k-images-idx3-ubyte.gz` and `t10k-labels-idx1-ubyte.gz`.
    static var directory: URL {
        let environment = ProcessInfo.processInfo.environment["NNS_TEST_DATA"] ?? ""
        let data = environment.isEmpty
            ? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data")
            : URL(fileURLWithPath: environment)
        return data.appendingPathComponent("mnist")
    }

    /// The t10k samples `range` (pixels as bytes, 784 per image) with their labels.
    static func examples(_ range: Range<Int>) throws -> LabeledExamples {
        let images = try contents("t10k-images-idx3-ubyte.gz", magic: [0, 0, 8, 3], headerSize: 16)
        let labels = try contents("t10k-labels-idx1-ubyte.gz", magic: [0, 0, 8, 1], headerSize: 8)
        guard images.count >= range.upperBound * 784, labels.count >= range.upperBound else {
            throw Fixtures.Failure(description: "the t10k files hold fewer than \(range.upperBound) samples")
        }
        return LabeledExamples(bytes: Array(images[range.lowerBound * 784 ..< range.upperBound * 784]),
                               labels: Array(labels[range]), inputSize: 784, classCount: 10)
    }

    /// The bytes after the IDX header of `name`, whose first four bytes must be `magic`.
    private static func contents(_ name: String, magic: [UInt8], headerSize: Int) throws -> [UInt8] {
        let file = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw Fixtures.Failure(description: "missing test data \(file.path); set NNS_TEST_DATA to the shared data directory")
        }
        let (status, output) = try Fixtures.run(["gzip", "-dc", file.path])
        let bytes = [UInt8](output)
        guard status == 0, bytes.starts(with: magic) else {
            throw Fixtures.Failure(description: "\(file.path) is not a gzip IDX file with magic \(magic)")
        }
        return Array(bytes[headerSize...])
    }
}
