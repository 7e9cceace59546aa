/// Mini-batch stochastic gradient descent with backpropagation, as the book's network.py /
/// network2.py / network3.py `SGD`: every epoch shuffles the training samples (Fisher–Yates,
/// drawing from the generator), splits them into mini-batches of m (the last may be smaller),
/// and for each mini-batch of m' samples applies
///   w → (1 − ηλ/n) w − (η/m') Σ_x ∇_w C_x,   b → b − (η/m') Σ_x ∇_b C_x
/// with n the number of training samples — or, with momentum μ, v → μv − η∇C, w → w + v.
/// The batch is backpropagated as one matrix (one GEMM per layer and direction; without
/// momentum the update is fused into the gradient GEMM). With several threads every layer's
/// work is split among them — by samples for convolution, pooling and dropout, by neurons for
/// fully connected layers — so no gradients need summing and the results do not depend on the
/// thread count.
public struct MiniBatchSGD: Sendable {
    /// The hyper-parameters used by `train`.
    public let configuration: TrainingConfiguration
    /// When training keeps byte inputs sparsely so the first layer skips the inputs a mini-batch
    /// does not use (the results agree with the full products up to rounding); tests and
    /// measurements force one path.
    var inputPolicy = SparseInputs.Policy.automatic

    /// A trainer for `configuration` (checked when `train` starts).
    public init(configuration: TrainingConfiguration) {
        self.configuration = configuration
    }

    /// Trains `network` in place on `training`, evaluating each of `monitoring` after every epoch.
    ///
    /// Reports `.miniBatchFinished` after each mini-batch, `.epochFinished` after each epoch's
    /// evaluation, `.learningRateChanged` when the schedule halves η, and the speed of learning
    /// when it is measured, through `onEvent`. Polls `isCancelled` before every mini-batch; when
    /// it returns true, training stops at once and `network` keeps the updates applied so far.
    /// Early stopping and the schedule (when configured) watch the first monitored set's
    /// accuracy; the network keeps its last weights, not its best. If an epoch leaves any
    /// parameter NaN or infinite, training stops with `diverged`. The same network, data,
    /// configuration (thread count included) and generator state give bit-identical results.
    /// - Throws: `TrainingError` before anything changes, for a bad configuration, an invalid
    ///   network, empty data, or data that does not fit the network.
    public func train(
        _ network: inout Network, on training: LabeledExamples, monitoring: [MonitoredSet] = [],
        generator: inout SeededGenerator, onEvent: (TrainingEvent) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(TrainingError) -> TrainingOutcome {
        try check(network, training: training, monitoring: monitoring)
        let configuration = configuration
        let n = training.count
        let m = min(configuration.miniBatchSize, n)
        let batchesPerEpoch = (n + m - 1) / m
        let speedSamples = configuration.learningSpeedSamples.map { training.subset(0 ..< min($0, n)) }
        let initialSpeeds = speedSamples.map(network.learningSpeeds(on:))
        if let initialSpeeds { onEvent(.initialLearningSpeeds(initialSpeeds)) }

        let team = WorkerThreads(count: configuration.threads)
        // Several threads split the mini-batch of a convolutional network, else each layer's work.
        let splitsBatches = team.count > 1 && network.layers.contains { $0 is ConvolutionLayer }
        let sparse = network.layers.first is FullyConnectedLayer && !splitsBatches
            ? SparseInputs.make(from: training, policy: inputPolicy) : nil
        let parameters = TrainingParameters(network, sparseInputs: sparse)
        if configuration.momentum != 0 { parameters.prepareVelocities() }
        let hasDropout = network.layers.contains { $0 is DropoutLayer }
        let pass = BatchPass(parameters, capacity: splitsBatches ? 1 : m, forTraining: true)
        let splitPasses = splitsBatches ? SplitBatchPasses(parameters, miniBatchSize: m, team: team, hasDropout: hasDropout) : nil
        let outputActivation = network.layers[network.layers.count - 1].activation
        var order = Array(0..<n)
        var reports: [EpochReport] = []
        var stopping = EarlyStopping(patience: configuration.stopAfterEpochsWithoutImprovement)
        var plateau = EarlyStopping(patience: configuration.learningRateSchedule?.patience)
        var eta = configuration.learningRate
        /// The network after the epoch with the best first monitored accuracy, when it is to be kept.
        var best: (network: Network, epoch: Int, accuracy: Double)?
        let clock = ContinuousClock()
        func outcome(stoppedEarly: Bool = false, diverged: Bool = false, stoppedAt: TrainingPosition? = nil,
                     scheduleFinished: Bool = false) -> TrainingOutcome {
            var kept: Int?
            if let best, stoppedAt == nil, !diverged {
                network = best.network
                kept = best.epoch
            }
            return TrainingOutcome(reports: reports, stoppedEarly: stoppedEarly, diverged: diverged, stoppedAt: stoppedAt,
                                   scheduleFinished: scheduleFinished, initialLearningSpeeds: initialSpeeds, keptEpoch: kept)
        }

        for epoch in 0..<configuration.epochs {
            let start = clock.now
            generator.shuffle(&order)
            let decayRate = eta * configuration.lambda / Float(n)
            for batch in 0..<batchesPerEpoch {
                if isCancelled() {
                    parameters.copy(into: &network)
                    return outcome(stoppedAt: TrainingPosition(epoch: epoch, miniBatchesCompleted: batch))
                }
                let indices = order[batch * m ..< min(batch * m + m, n)]
                let next = batch + 1 < batchesPerEpoch ? order[batch * m + m ..< min(batch * m + 2 * m, n)] : order[0..<0]
                let step = UpdateStep(alpha: -eta / Float(indices.count), decayRate: decayRate, momentum: configuration.momentum)
                if let splitPasses {
                    splitPasses.train(on: training, indices: indices, generator: &generator, cost: network.cost,
                                      outputActivation: outputActivation, step: step)
                } else {
                    pass.load(training, indices: indices, sparse: parameters.sparseInputs)
                    if !next.isEmpty { pass.warmCache(training, indices: next, sparse: parameters.sparseInputs) }
                    if hasDropout { pass.drawDropoutMasks(generator: &generator) }
                    pass.forward(training: true, team: team)
                    pass.trainingStep(cost: network.cost, outputActivation: outputActivation, step: step, team: team)
                }
                onEvent(.miniBatchFinished(epoch: epoch, batch: batch, batchesPerEpoch: batchesPerEpoch))
            }
            let trained = clock.now
            parameters.copy(into: &network)
            if !network.hasFiniteParameters { return outcome(diverged: true) }
            let results = monitoring.map { set in
                (name: set.name, evaluation: network.evaluate(set.examples, lambda: configuration.lambda, team: team))
            }
            let speeds = speedSamples.map(network.learningSpeeds(on:))
            let report = EpochReport(epoch: epoch, seconds: Self.seconds(trained - start),
                                     evaluationSeconds: Self.seconds(clock.now - trained), results: results,
                                     learningRate: eta, learningSpeeds: speeds)
            reports.append(report)
            onEvent(.epochFinished(report))
            guard let watched = results.first?.evaluation.accuracy else { continue }
            if configuration.keepsBestEpoch, watched > best?.accuracy ?? -1 { best = (network, epoch, watched) }
            if stopping.shouldStop(after: watched) {
                return outcome(stoppedEarly: epoch + 1 < configuration.epochs)
            }
            if let schedule = configuration.learningRateSchedule, plateau.shouldStop(after: watched) {
                eta /= 2
                if eta <= configuration.learningRate / schedule.stopFactor {
                    return outcome(scheduleFinished: epoch + 1 < configuration.epochs)
                }
                plateau.restartCount()
                onEvent(.learningRateChanged(epoch: epoch, learningRate: eta))
            }
        }
        return outcome()
    }

    /// Everything `train` refuses, checked before any parameter changes.
    private func check(_ network: Network, training: LabeledExamples, monitoring: [MonitoredSet]) throws(TrainingError) {
        try configuration.validate()
        if configuration.stopAfterEpochsWithoutImprovement != nil, monitoring.isEmpty {
            throw .earlyStoppingWithoutMonitoring
        }
        if configuration.learningRateSchedule != nil, monitoring.isEmpty { throw .scheduleWithoutMonitoring }
        if configuration.keepsBestEpoch, monitoring.isEmpty { throw .bestEpochWithoutMonitoring }
        do { try network.validate() } catch { throw .invalidNetwork(error) }
        guard training.count > 0 else { throw .emptyTrainingData }
        try network.checkCompatibility(with: training, name: "training")
        for set in monitoring {
            guard set.examples.count > 0 else { throw .emptyMonitoredSet(name: set.name) }
            try network.checkCompatibility(with: set.examples, name: set.name)
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}

/// network2.py's "no improvement in n epochs" rule on a watched accuracy.
struct EarlyStopping {
    let patience: Int?
    private var best = -Double.infinity
    private var epochsWithoutImprovement = 0

    init(patience: Int?) { self.patience = patience }

    /// Records one epoch's accuracy; true once it has not beaten the best for `patience` epochs.
    mutating func shouldStop(after accuracy: Double) -> Bool {
        guard let patience else { return false }
        if accuracy > best {
            best = accuracy
            epochsWithoutImprovement = 0
        } else {
            epochsWithoutImprovement += 1
        }
        return epochsWithoutImprovement >= patience
    }

    /// Starts counting epochs without improvement again (the best so far stays).
    mutating func restartCount() { epochsWithoutImprovement = 0 }
}
