import Foundation
import Glibc
import NeuralData

/// A directory of its own holding fixture files, reset before each input: everything an input
/// created is removed, the fixtures are rewritten if an input changed them. Inputs never name
/// anything outside it (harnesses skip inputs with `/`, `~` or `..`).
public final class Sandbox: @unchecked Sendable {
    /// The directory's absolute path.
    public let path: String
    /// Fixture names and contents.
    private let fixtures: [String: [UInt8]]

    /// A new directory under the temporary directory with `fixtures` written into it, and a
    /// FIFO `fifo` (which nns must refuse to read or replace without blocking).
    public init(fixtures: [String: [UInt8]]) {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("nns-fuzz-" + UUID().uuidString).path
        try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
        self.fixtures = fixtures
        reset()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Back to the fixtures alone.
    public func reset() {
        let present = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in present where fixtures[name] == nil && name != "fifo" {
            let full = path + "/" + name
            chmod(full, 0o755)
            try? FileManager.default.removeItem(atPath: full)
        }
        for (name, bytes) in fixtures {
            let full = path + "/" + name
            if (try? Data(contentsOf: URL(fileURLWithPath: full))).map({ [UInt8]($0) }) != bytes {
                try? FileManager.default.removeItem(atPath: full)
                FileManager.default.createFile(atPath: full, contents: Data(bytes))
            }
        }
        if !present.contains("fifo") { mkfifo(path + "/fifo", 0o644) }
    }

    /// The environment sessions in the sandbox see: `HOME` and the cache inside it, a mirror
    /// that does not exist (downloads fail at once), no `NNS_DATA`.
    public var environment: [String: String] {
        ["HOME": path, "XDG_CACHE_HOME": path + "/cache", "MNIST_MIRROR": path + "/no-mirror",
         "FASHION_MNIST_MIRROR": path + "/no-mirror", "NO_COLOR": "1"]
    }

    /// True when `text` could name something outside the sandbox.
    public static func escapes(_ text: String) -> Bool {
        text.contains("/") || text.contains("~") || text.contains("..")
    }
}

/// Tiny data for the sessions: IDX files of 4×4 images with labels 0…2.
public enum TinyData {
    /// An uncompressed IDX uint8 file with `dimensions` and `values`.
    public static func idx(_ dimensions: [Int], _ values: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, 8, UInt8(dimensions.count)]
        for dimension in dimensions {
            let value = UInt32(truncatingIfNeeded: dimension)
            for shift in [24, 16, 8, 0] { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
        }
        return bytes + values
    }

    /// `count` 4×4 images (pixel values varied) and their labels, cycling 0, 1, 2.
    public static func pair(count: Int) -> (images: [UInt8], labels: [UInt8]) {
        let pixels: [UInt8] = (0..<count * 16).map { (index: Int) -> UInt8 in UInt8((index * 37 + index / 16 * 11) % 256) }
        let labels: [UInt8] = (0..<count).map { (index: Int) -> UInt8 in UInt8(index % 3) }
        return (idx([count, 4, 4], pixels), idx([count], labels))
    }

    /// The fixtures of a session sandbox: train (30 images, one gzipped), test (12 images), a
    /// valid model file for them, and a small script.
    public static var fixtures: [String: [UInt8]] {
        let train = pair(count: 30), test = pair(count: 12)
        return [
            "train-images": train.images,
            "train-labels.gz": (try? GzipCompressor.compress(train.labels, path: "train-labels.gz")) ?? train.labels,
            "test-images": test.images,
            "test-labels": test.labels,
            "model.json": Array(modelJSON.utf8),
            "script.nns": Array("echo from-script\nlet z = [1, 2]\n".utf8),
        ]
    }

    /// A [16, 3, 3] model as `save` writes it, with one training run.
    public static let modelJSON = """
        {
          "format": "nns-model",
          "formatVersion": 1,
          "nnsVersion": "fuzz",
          "seed": 1,
          "sizes": [16, 3, 3],
          "activations": ["sigmoid", "softmax"],
          "cost": "log-likelihood",
          "biases": [[0.1, -0.1, 0.2], [0.0, 0.5, -0.5]],
          "weights": [
            [[0.5, -0.25, 1, 0.1, 0.2, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1],
             [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6],
             [-1, -1, -1, -1, 1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 2, 2]],
            [[1.5, -2.0, 0.0], [3.25, 0.5, -0.5], [0.0, 0.0, 1.0]]
          ],
          "history": [
            {
              "epochs": 3, "learningRate": 0.5, "miniBatchSize": 10, "lambda": 0.0, "stopAfter": null,
              "trainingSet": "train", "trainingCount": 30, "ending": "completed",
              "epochRecords": [
                {"epoch": 0, "seconds": 0.01, "results": [{"name": "test", "correct": 4, "total": 12, "cost": 1.1}]},
                {"epoch": 1, "seconds": 0.01, "results": [{"name": "test", "correct": 6, "total": 12, "cost": 0.9}]}
              ]
            }
          ]
        }

        """
}
