import ModelFiles
import NeuralNet
import NNSDisplay

/// `sgd [epochs=] [eta=] [m=] [lambda=] [monitor=] [stop-after=]`: trains the current network on
/// `train` with mini-batch SGD, shuffling with the session's generator, evaluating the monitored
/// sets (default: validation if loaded, else test if loaded) after every epoch.
///
/// Every run is appended to the history, also when it is interrupted (Ctrl-C: the network keeps
/// what it learned, and the rest of the entry or script is skipped) or stopped early. A run that
/// diverges (NaN or infinite weights) fails and leaves the network as it was before.
struct SGDCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments
        var network = try context.requireNetwork()
        let train = try context.requireDataSet(.train)
        try context.checkFits(network, train, named: .train)
        let monitoring = try monitoredSets(for: network, in: context)
        let schedule = arguments.string("eta-schedule") == "halve"
            ? LearningRateSchedule(patience: arguments.int("patience") ?? 10) : nil
        let configuration = TrainingConfiguration(
            epochs: arguments.int("epochs") ?? 30, learningRate: arguments.float("eta") ?? 3,
            miniBatchSize: arguments.int("m") ?? 10, lambda: arguments.float("lambda") ?? 0,
            stopAfterEpochsWithoutImprovement: arguments.int("stop-after"),
            momentum: arguments.float("momentum") ?? 0, learningRateSchedule: schedule,
            threads: context.threads(for: network, batch: arguments.int("m") ?? 10),
            learningSpeedSamples: arguments.flag("speed") ? arguments.int("speed-samples") ?? 1000 : nil,
            keepsBestEpoch: arguments.flag("keep-best"))

        let reporter = TrainingReporter(output: context.output, style: context.options.renderStyle,
                                        isTerminal: context.options.isTerminal, epochs: configuration.epochs,
                                        trainingCount: train.count)
        var generator = context.session.generator
        let outcome: TrainingOutcome
        do {
            outcome = try MiniBatchSGD(configuration: configuration).train(
                &network, on: train.examples(forOutputs: network.outputCount), monitoring: monitoring, generator: &generator,
                onEvent: reporter.handle, isCancelled: context.isCancellationRequested)
        } catch {
            throw context.failure(.training(error), at: Self.argument(blamedFor: error))
        }
        reporter.finish()
        if outcome.diverged {
            throw context.failure(.diverged(epoch: outcome.epochsCompleted, eta: configuration.learningRate), at: "eta")
        }
        context.session.network = network
        context.session.generator = generator
        context.session.lastTraining = configuration
        let record = TrainingRecord(configuration: configuration, trainingSet: DataSetName.train.rawValue,
                                    trainingCount: train.count, outcome: outcome)
        context.session.appendRun(record, training: network)
        if let position = outcome.stoppedAt {
            let m = min(configuration.miniBatchSize, train.count)
            let batches = (train.count + m - 1) / m
            context.output.reportInterruption("interrupted in epoch \(position.epoch) after "
                + "\(NumberText.thousands(position.miniBatchesCompleted)) of \(NumberText.thousands(batches)) "
                + "mini-batches; the network keeps what it learned")
            context.outcome = .interrupted
        } else if outcome.stoppedEarly, let patience = configuration.stopAfterEpochsWithoutImprovement,
                  let watched = monitoring.first {
            context.say("stopped early after epoch \(outcome.epochsCompleted - 1): no better \(watched.name) accuracy "
                        + "for \(counted(patience, "epoch"))")
        } else if outcome.scheduleFinished, let schedule, let watched = monitoring.first {
            context.say("stopped after epoch \(outcome.epochsCompleted - 1): η would fall to η/\(Int(schedule.stopFactor)) "
                        + "after \(counted(schedule.patience, "epoch")) without a better \(watched.name) accuracy")
        }
        if let line = Self.bestEpochLine(outcome.reports) { context.say(line) }
        if let kept = outcome.keptEpoch, let watched = monitoring.first {
            context.say("kept the network of epoch \(kept), the best on \(watched.name)")
        }
    }

    /// With two or more monitored sets over two or more epochs, the book's way of reporting:
    /// the epoch with the best accuracy on the first set (validation) and the others' results
    /// then — "best validation accuracy 99.06% in epoch 47; test then 99.11%".
    static func bestEpochLine(_ reports: [EpochReport]) -> String? {
        guard reports.count > 1, let first = reports.first, first.results.count > 1 else { return nil }
        var best = first
        for report in reports where report.results[0].evaluation.accuracy > best.results[0].evaluation.accuracy {
            best = report
        }
        let percent = { (evaluation: Evaluation) in NumberText.fixed(evaluation.accuracy * 100, 2) + "%" }
        let others = best.results.dropFirst().map { "\($0.name) then \(percent($0.evaluation))" }.joined(separator: ", ")
        return "best \(best.results[0].name) accuracy \(percent(best.results[0].evaluation)) in epoch \(best.epoch); \(others)"
    }

    /// The sets named by `monitor=` (`none` for none), or by default validation if loaded, else
    /// test if loaded, else none; each must be loaded and fit the network.
    private func monitoredSets(for network: Network, in context: CommandContext) throws(Diagnostic) -> [MonitoredSet] {
        var names: [DataSetName]
        if let written = context.arguments.strings("monitor") {
            names = written.compactMap(DataSetName.init(rawValue:))
            if written.contains("none") {
                guard written.count == 1 else { throw context.failure(.monitorNoneWithSets, at: "monitor") }
                names = []
            }
        } else {
            names = [DataSetName.validation, .test].filter { context.session.dataSet($0) != nil }.prefix(1).map { $0 }
        }
        var sets: [MonitoredSet] = []
        for name in names where !sets.contains(where: { $0.name == name.rawValue }) {
            let set = try context.requireDataSet(name, at: "monitor")
            try context.checkFits(network, set, named: name, at: "monitor")
            sets.append(MonitoredSet(name: name.rawValue, examples: set.examples(forOutputs: network.outputCount)))
        }
        return sets
    }

    /// The argument a training error is about.
    private static func argument(blamedFor error: TrainingError) -> String? {
        switch error {
        case .invalidEpochs: return "epochs"
        case .invalidLearningRate: return "eta"
        case .invalidMiniBatchSize: return "m"
        case .invalidLambda: return "lambda"
        case .invalidPatience, .earlyStoppingWithoutMonitoring: return "stop-after"
        case .invalidMomentum: return "momentum"
        case .scheduleWithoutMonitoring, .invalidScheduleStopFactor: return "eta-schedule"
        case .bestEpochWithoutMonitoring: return "keep-best"
        case .invalidThreadCount: return "threads"
        case .invalidLearningSpeedSamples: return "speed-samples"
        case .emptyMonitoredSet: return "monitor"
        default: return nil
        }
    }
}
