import Foundation
import ModelFiles
import NeuralData
import NNScript

/// One way of feeding bytes to nns; `run` returns for every input (or the input found a bug).
public protocol Harness: Sendable {
    /// Feeds `bytes` to nns.
    func run(_ bytes: [UInt8])
}

/// The harnesses by name, as `nns-fuzz` and `FuzzTests` choose them.
public enum Harnesses {
    /// A new harness called `name` (language, idx, model), with a sandbox of its own.
    public static func named(_ name: String) -> Harness? {
        switch name {
        case "language": return LanguageHarness()
        case "idx": return IDXHarness()
        case "model": return ModelFileHarness()
        default: return nil
        }
    }

    /// The names `named` knows.
    public static let names = ["language", "idx", "model"]
}

/// Bytes as nns source: UTF-8 checked as the CLI and `run` check it, then lexer, parser,
/// binder and interpreter on a tiny session. Inputs that could name a file outside the
/// sandbox (`/`, `~`, `..`) are skipped.
public struct LanguageHarness: Harness {
    let runner: SessionRunner

    public init(budget: Duration = .seconds(1)) {
        runner = SessionRunner(budget: budget)
    }

    public func run(_ bytes: [UInt8]) {
        guard let text = try? UTF8Source.text(of: bytes, file: "fuzz.nns") else {
            FuzzStatistics.record(lines: 1, refused: true)
            return
        }
        run(text)
    }

    /// Runs `text` as a script.
    public func run(_ text: String) {
        guard !Sandbox.escapes(text) else {
            FuzzStatistics.record(refused: nil)
            return
        }
        let failures = runner.run(text)
        FuzzStatistics.record(lines: text.split(separator: "\n", omittingEmptySubsequences: false).count, refused: failures > 0)
    }
}

/// Bytes as an IDX image/label pair: byte 0 holds flags (bit 0 gzip the images, bit 1 gzip the
/// labels, bit 2 name the images `.gz` whatever they hold, bit 3 read with a limit of the high
/// nibble + 1), bytes 1–2 where the images end (big-endian), the rest the two files. The pair
/// is loaded with `LabeledImages.load`; a pair that loads is then trained on and looked at.
public struct IDXHarness: Harness {
    let runner: SessionRunner

    public init() {
        runner = SessionRunner()
    }

    public func run(_ bytes: [UInt8]) {
        guard bytes.count >= 3 else { return }
        let flags = bytes[0]
        let body = Array(bytes.dropFirst(3))
        let cut = min(Int(bytes[1]) << 8 | Int(bytes[2]), body.count)
        var images = Array(body[..<cut]), labels = Array(body[cut...])
        if flags & 1 != 0, let packed = try? GzipCompressor.compress(images, path: "images") { images = packed }
        if flags & 2 != 0, let packed = try? GzipCompressor.compress(labels, path: "labels") { labels = packed }
        let imageName = flags & 4 != 0 ? "images.gz" : "images"
        let limit = flags & 8 != 0 ? Int(flags >> 4) + 1 : nil
        runner.sandbox.reset()
        let directory = runner.sandbox.path
        FileManager.default.createFile(atPath: directory + "/" + imageName, contents: Data(images))
        FileManager.default.createFile(atPath: directory + "/labels", contents: Data(labels))
        _ = try? IDXArray.decode(images, source: "images")
        let loaded: LabeledImages
        do {
            loaded = try LabeledImages.load(images: directory + "/" + imageName, labels: directory + "/labels",
                                            name: "fuzz", limit: limit)
        } catch {
            FuzzStatistics.record(refused: true)
            return
        }
        FuzzStatistics.record(refused: false)
        let pixels = loaded.pixelsPerImage, classes = loaded.classCount
        let limitText = limit.map { " limit=\($0)" } ?? ""
        runner.run("""
            load idx images=\(imageName) labels=labels\(limitText)
            load idx images=\(imageName) labels=labels as=test\(limitText)
            net \(pixels) 4 \(classes)
            sgd epochs=2 m=7 monitor=train
            eval train
            show train[0]
            show train[-1] to=picture.png
            predict train[0]
            activations train[0]
            confusion train
            errors train n=5
            weights
            weights layer=1 grid
            weights layer=1 neuron=0 to=neuron.png
            history
            plot
            """, files: [imageName: images, "labels": labels])
    }
}

/// Bytes as a model file: opened with `ModelFile.open`; a file that opens is then opened in a
/// session, looked at, trained, saved, exported and opened again.
public struct ModelFileHarness: Harness {
    let runner: SessionRunner

    public init() {
        runner = SessionRunner()
    }

    public func run(_ bytes: [UInt8]) {
        runner.sandbox.reset()
        let path = runner.sandbox.path + "/m.json"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        do {
            _ = try ModelFile.open(path)
        } catch {
            FuzzStatistics.record(refused: true)
            return
        }
        FuzzStatistics.record(refused: false)
        runner.run("""
            open m.json
            info
            history
            plot
            plot to=curves.svg
            eval test
            predict test[0]
            activations test[0]
            weights
            weights layer=1
            weights layer=1 grid
            confusion test
            sgd epochs=1 m=5
            save m2.json
            export m.npz
            export m.safetensors
            open m2.json
            history
            """, files: ["m.json": bytes])
    }
}
