import Foundation
import ModelFiles
import NeuralNet

/// `open PATH`: reads an nns JSON model file of format 2 or 1 (`ModelFile.open`, which
/// validates all of it) and makes its network and training history the session's, replacing
/// the current network (or unfinished layer-by-layer build), its history and last
/// hyper-parameters; the file's runs are added to the session's runs (`history`, `plot`) as runs
/// of a new network. It says what it loaded and whether it fits the loaded data:
///
///     opened book.json: 784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases
///     history: 2 sgd runs (5 epochs), last validation 78 / 200 (39.00%)
///     saved by nns 0.1.0 on 2025-06-01 12:00:00 UTC, seed 7
///     fits the loaded data: 784 inputs for 28×28 pixels, 10 outputs for 10 classes
///
/// A network with other layers than fully connected ones is also shown as its summary table
/// (`NetworkSummaryView`, as `net` and `conv` show it) after the first line; a file of an older
/// format version says so (`save` would write the current one).
///
/// A missing, unreadable, truncated, corrupt or mismatched file is a diagnostic at the path and
/// changes nothing: the network, history and data stay as they were. The session's seed and
/// generator are kept (the file's seed is shown, not applied).
struct OpenCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let (written, path) = context.filePath("path")
        let document: ModelDocument
        do {
            document = try ModelFile.open(path, isCancelled: context.isCancellationRequested)
        } catch where error.problem == .interrupted {
            throw context.interruption
        } catch {
            throw context.failure(error, writtenAs: written, at: "path")
        }
        let network = document.network
        context.session.network = network
        context.session.draft = nil
        context.session.networkFile = written
        context.session.startNetworkHistory()
        for record in document.history { context.session.appendRun(record, training: network) }
        context.session.lastTraining = document.history.last.map(Self.configuration(of:))
        context.say("opened \(written): \(network.summary)")
        if !network.isFullyConnected { try context.show(NetworkSummaryView.display(network, style: context.options.renderStyle)) }
        context.say("history: \(document.history.runsAndEpochs)" + (document.history.lastResult.map { ", last \($0)" } ?? ""))
        var origin = "saved by nns \(document.nnsVersion)"
        if let created = document.created { origin += " on \(Self.utcText(created))" }
        if let seed = document.seed { origin += ", seed \(seed)" }
        if document.formatVersion < ModelDocument.currentFormatVersion {
            origin += " (format version \(document.formatVersion); save writes version \(ModelDocument.currentFormatVersion))"
        }
        context.say(origin)
        if let fit = Self.fit(of: network, in: context.session) { context.say(fit) }
    }

    /// The hyper-parameters of the run `record`, as `sgd` would take them again (the schedule
    /// with its default stop factor; the speed-of-learning sample count is not kept in files).
    static func configuration(of record: TrainingRecord) -> TrainingConfiguration {
        TrainingConfiguration(epochs: record.epochs, learningRate: record.learningRate, miniBatchSize: record.miniBatchSize,
                              lambda: record.lambda, stopAfterEpochsWithoutImprovement: record.stopAfter,
                              momentum: record.momentum,
                              learningRateSchedule: record.schedulePatience.map { LearningRateSchedule(patience: $0) },
                              threads: record.threads)
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
        for (name, images) in loaded where outputs < images.classCount {
            return "does not fit the loaded \(name) set: \(outputs) outputs for \(images.classCount) classes "
                + "— eval and sgd need \(images.classCount) outputs; \(advice)"
        }
        let classes = session.exampleClassCount
        let extra = outputs > classes ? " (outputs beyond them are never a label)" : ""
        let shown = network.inputShape.isFlat ? "\(inputs)" : "\(network.inputShape)"
        return "fits the loaded data: \(shown) inputs for \(first.rows)×\(first.columns) pixels, "
            + "\(outputs) outputs for \(classes) classes\(extra)"
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
