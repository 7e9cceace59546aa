import Foundation
import ModelFiles
import NeuralNet

/// `open PATH`: reads an nns JSON model file (`ModelFile.open`, which validates all of it) and
/// makes its network and training history the session's, replacing the current network (or
/// unfinished layer-by-layer build), its history and last hyper-parameters; the file's runs are
/// added to the session's runs (`history`, `plot`) as runs of a new network. It says what it loaded
/// and whether it fits the loaded data:
///
///     opened book.json: 784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases
///     history: 2 sgd runs (5 epochs), last validation 78 / 200 (39.00%)
///     saved by nns 0.1.0 on 2025-06-01 12:00:00 UTC, seed 7
///     fits the loaded data: 784 inputs for 28×28 pixels, 10 outputs for 10 classes
///
/// A missing, unreadable, truncated, corrupt or mismatched file is a diagnostic at the path and
/// changes nothing: the network, history and data stay as they were. The session's seed and
/// generator are kept (the file's seed is shown, not applied).
struct OpenCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let (written, path) = context.filePath("path")
        let document: ModelDocument
        do {
            document = try ModelFile.open(path)
        } catch {
            throw context.failure(error, writtenAs: written, at: "path")
        }
        let network = document.network
        context.session.network = network
        context.session.draft = nil
        context.session.startNetworkHistory()
        for record in document.history { context.session.appendRun(record, training: network) }
        context.session.lastTraining = document.history.last.map {
            TrainingConfiguration(epochs: $0.epochs, learningRate: $0.learningRate, miniBatchSize: $0.miniBatchSize,
                                  lambda: $0.lambda, stopAfterEpochsWithoutImprovement: $0.stopAfter)
        }
        context.say("opened \(written): \(network.summary)")
        context.say("history: \(document.history.runsAndEpochs)" + (document.history.lastResult.map { ", last \($0)" } ?? ""))
        var origin = "saved by nns \(document.nnsVersion)"
        if let created = document.created { origin += " on \(Self.utcText(created))" }
        if let seed = document.seed { origin += ", seed \(seed)" }
        context.say(origin)
        if let fit = Self.fit(of: network, in: context.session) { context.say(fit) }
    }

    /// Whether `network` fits the loaded data sets (input size = pixels per image, output size
    /// = classes): one line, or nil when no data is loaded.
    static func fit(of network: Network, in session: Session) -> String? {
        let loaded = session.loaded().map { ($0.name, $0.set.images) }
        guard let (_, first) = loaded.first else { return nil }
        let inputs = network.sizes[0], outputs = network.sizes[network.sizes.count - 1]
        let advice = "load data it fits, or build a network for this data with '\(session.exampleNetCommand)'"
        for (name, images) in loaded where inputs != images.pixelsPerImage {
            return "does not fit the loaded \(name) images: \(inputs) inputs for \(images.pixelsPerImage) pixels "
                + "(\(images.rows)×\(images.columns)) — eval and sgd need \(images.pixelsPerImage) inputs; \(advice)"
        }
        for (name, images) in loaded where outputs != images.classCount {
            return "does not fit the loaded \(name) set: \(outputs) outputs for \(images.classCount) classes "
                + "— eval and sgd need \(images.classCount) outputs; \(advice)"
        }
        return "fits the loaded data: \(inputs) inputs for \(first.rows)×\(first.columns) pixels, "
            + "\(outputs) outputs for \(first.classCount) classes"
    }

    /// `2025-06-01 12:00:00 UTC`: `date` to the second, in UTC, whatever the locale.
    static func utcText(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d UTC", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
