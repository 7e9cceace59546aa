import Foundation

/// An unsigned-byte IDX file (magic `00 00 08 r`, r big-endian 32-bit dimensions, then the
/// values), read whole from disk, gzip-compressed (starting `1f 8b`, decompressed with the
/// system's `gzip -dc`) or raw.
///
/// A deliberately small reader for tests that must not depend on NeuralData; NeuralData's own
/// reader is what its tests test.
public struct IDXFile: Sendable {
    /// The sizes of the dimensions, outermost first: `[n, 28, 28]` for n MNIST images, `[n]` for
    /// n labels.
    public let dimensions: [Int]
    /// The values in row-major order (last dimension fastest), `dimensions` multiplied together
    /// in count: for images, sample i's pixels are `bytes[i*784 ..< (i+1)*784]`.
    public let bytes: [UInt8]

    /// Reads the IDX file at `url`. With `rank`, also requires that many dimensions.
    public init(contentsOf url: URL, rank: Int? = nil) throws(RealDataError) {
        let data = try Self.decompressedContents(of: url)
        guard data.count >= 4, data[0] == 0, data[1] == 0, data[2] == 0x08 else {
            throw .notIDX(url, problem: "it does not start with the unsigned-byte IDX magic 00 00 08")
        }
        let fileRank = Int(data[3])
        if let rank, rank != fileRank {
            throw .notIDX(url, problem: "it has \(fileRank) dimensions, expected \(rank)")
        }
        let headerSize = 4 + 4 * fileRank
        guard data.count >= headerSize else { throw .notIDX(url, problem: "its header is cut short") }
        dimensions = (0..<fileRank).map { index in
            data[(4 + 4 * index)..<(8 + 4 * index)].reduce(0) { $0 << 8 | Int($1) }
        }
        let valueCount = dimensions.reduce(1, *)
        guard data.count == headerSize + valueCount else {
            throw .notIDX(url, problem: "dimensions \(dimensions) need \(valueCount) values after the "
                          + "\(headerSize)-byte header, but there are \(data.count - headerSize)")
        }
        bytes = Array(data[headerSize...])
    }

    /// The file's bytes, decompressed with `gzip -dc` if they start with the gzip signature.
    private static func decompressedContents(of url: URL) throws(RealDataError) -> [UInt8] {
        guard let raw = FileManager.default.contents(atPath: url.path) else { throw .missing(url) }
        guard raw.starts(with: [0x1f, 0x8b]) else { return [UInt8](raw) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            throw .decompressionFailed(url, status: -1)
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw .decompressionFailed(url, status: process.terminationStatus) }
        return [UInt8](output)
    }
}
