import ModelFiles
import NeuralNet
import NNSDisplay

/// `info`: what the session holds — the data sets, the network (shape, activations, cost,
/// parameter count), the last hyper-parameters and seed, a summary of the training history,
/// and how many variables are defined. Each missing piece says how to get it.
struct InfoCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let session = context.session
        var lines: [(String, String)] = []
        lines.append(("data", LoadCommand.summary(of: session, sets: DataSetName.allCases)))
        lines += originLines(session).map { ("", $0) }
        lines.append(("network", networkLine(session)))
        if let training = session.lastTraining {
            var text = "last sgd epochs=\(training.epochs) eta=\(Self.number(training.learningRate)) "
                + "m=\(training.miniBatchSize) lambda=\(Self.number(training.lambda))"
            if let patience = training.stopAfterEpochsWithoutImprovement { text += " stop-after=\(patience)" }
            if training.momentum != 0 { text += " momentum=\(Self.number(training.momentum))" }
            if let schedule = training.learningRateSchedule { text += " eta-schedule=halve patience=\(schedule.patience)" }
            text += " threads=\(training.threads)"
            lines.append(("training", text))
        } else {
            lines.append(("training", "none yet — train with 'sgd epochs=30 eta=3.0 m=10'"))
        }
        lines.append(("seed", "\(session.seed)"))
        lines.append(("history", historyLine(session.history)))
        let count = session.variables.names.count
        lines.append(("variables", count == 0 ? "none" : "\(count) ('vars' lists them)"))
        let width = (lines.map(\.0.count).max() ?? 0) + 2
        for (label, text) in lines {
            context.say((label.isEmpty ? "" : label + ":").padding(toLength: width) + text)
        }
        if let network = session.network {
            try context.show(NetworkSummaryView.display(network, style: context.options.renderStyle))
        } else if let draft = session.draft, !draft.layers.isEmpty {
            try context.show(NetworkSummaryView.display(draft, style: context.options.renderStyle))
        }
    }

    /// Where the sets came from, one line per source: `train, validation: mnist from /data/mnist`.
    private func originLines(_ session: Session) -> [String] {
        var origins: [(origin: String, sets: [String])] = []
        for (name, set) in session.loaded() {
            if let index = origins.firstIndex(where: { $0.origin == set.origin }) {
                origins[index].sets.append(name.rawValue)
            } else {
                origins.append((set.origin, [name.rawValue]))
            }
        }
        return origins.map { "\($0.sets.joined(separator: ", ")): \($0.origin)" }
    }

    private func networkLine(_ session: Session) -> String {
        if let network = session.network {
            return network.summary + (session.networkFile.map { ", opened from \($0)" } ?? ", \(session.initializer.distribution) weights")
        }
        if let draft = session.draft { return "being built: \(draft.shapeDescription) (add layers with 'layer N')" }
        return "none — create one with '\(session.exampleNetCommand)'"
    }

    private func historyLine(_ history: [TrainingRecord]) -> String {
        guard !history.isEmpty else { return "no training yet" }
        var text = "\(counted(history.count, "sgd run")), \(counted(history.epochCount, "epoch"))"
        var best: (result: TrainingRecord.SetResult, run: Int, epoch: Int)?
        for (run, record) in history.enumerated() {
            for epoch in record.epochRecords {
                guard let result = epoch.results.first else { continue }
                if best == nil || result.name == best?.result.name && result.accuracy > (best?.result.accuracy ?? 0) {
                    best = (result, run + 1, epoch.epoch)
                }
            }
        }
        if let best {
            text += "; best \(best.result.name) \(best.result.correct) / \(best.result.total) "
                + "(\(NumberText.fixed(best.result.accuracy * 100, 2))%) in run \(best.run), epoch \(best.epoch)"
        }
        if let last = history.last, last.ending != "completed" { text += "; last run \(last.ending)" }
        return text
    }

    /// `3.0` → "3.0", `0.5` → "0.5", `1e-3` → "0.001" (Float shown as its shortest Double text).
    private static func number(_ value: Float) -> String {
        "\(Double(String(value)) ?? Double(value))"
    }
}
