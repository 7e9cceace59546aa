import Foundation
import NeuralNet

/// Test-only access to the real MNIST files in `../shared/data` (or `$NNS_TEST_DATA`): a minimal
/// IDX reader that decompresses with `gzip -dc` (zlib is not linked to this test target).
enum TestData {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `$NNS_TEST_DATA`, else `<package root>/../shared/data`, the root derived from this file's path.
    static var directory: URL {
        if let path = ProcessInfo.processInfo.environment["NNS_TEST_DATA"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }

    /// Images and labels of an IDX pair (e.g. "mnist-train-5k/train") as `LabeledExamples` of bytes.
    static func examples(_ prefix: String, limit: Int? = nil) throws -> LabeledExamples {
        let (images, count, pixels) = try idxImages(prefix + "-images-idx3-ubyte.gz")
        let labels = try idxLabels(prefix + "-labels-idx1-ubyte.gz")
        guard labels.count == count else {
            throw Failure(description: "\(prefix): \(count) images but \(labels.count) labels")
        }
        let n = min(limit ?? count, count)
        return LabeledExamples(bytes: Array(images.prefix(n * pixels)), labels: Array(labels.prefix(n)),
                               inputSize: pixels, classCount: 10)
    }

    private static func idxImages(_ name: String) throws -> (bytes: [UInt8], count: Int, pixels: Int) {
        let data = try gunzip(name)
        let header = try dimensions(of: data, magic: 0x0803, rank: 3, name: name)
        let pixels = header[1] * header[2]
        guard data.count == 16 + header[0] * pixels else { throw Failure(description: "\(name): truncated") }
        return (Array(data[16...]), header[0], pixels)
    }

    private static func idxLabels(_ name: String) throws -> [UInt8] {
        let data = try gunzip(name)
        let header = try dimensions(of: data, magic: 0x0801, rank: 1, name: name)
        guard data.count == 8 + header[0] else { throw Failure(description: "\(name): truncated") }
        return Array(data[8...])
    }

    private static func dimensions(of data: [UInt8], magic: UInt32, rank: Int, name: String) throws -> [Int] {
        func word(_ offset: Int) -> UInt32 {
            data[offset ..< offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        guard data.count >= 4 + 4 * rank, word(0) == magic else {
            throw Failure(description: "\(name): not an IDX file with magic \(String(magic, radix: 16))")
        }
        return (0..<rank).map { Int(word(4 + 4 * $0)) }
    }

    private static func gunzip(_ name: String) throws -> [UInt8] {
        let file = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw Failure(description: "missing test data \(file.path); set NNS_TEST_DATA to the shared data directory")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "gzip -dc \(file.path) failed") }
        return [UInt8](data)
    }
}
