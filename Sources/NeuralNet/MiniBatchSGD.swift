/// Mini-batch stochastic gradient descent with backpropagation, exactly as the book's network.py
/// / network2.py `SGD`: every epoch shuffles the training samples (Fisher–Yates, drawing from the
/// generator), splits them into mini-batches of m (the last may be smaller), and for each
/// mini-batch of m' samples applies
///   w → (1 − ηλ/n) w − (η/m') Σ_x ∇_w C_x,   b → b − (η/m') Σ_x ∇_b C_x
/// with n the number of training samples; the batch is backpropagated as one matrix (one GEMM
/// per layer forward and backward, the update fused into the gradient GEMM).
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
    /// Reports `.miniBatchFinished` after each mini-batch and `.epochFinished` after each epoch's
    /// evaluation through `onEvent`. Polls `isCancelled` before every mini-batch; when it returns
    /// true, training stops at once and `network` keeps the updates applied so far. Early
    /// stopping (when configured) watches the first monitored set's accuracy; the network keeps
    /// its last weights, not its best. If an epoch leaves any parameter NaN or infinite, training
    /// stops with `diverged`. The same network, data, configuration and generator state give
    /// bit-identical results.
    /// - Throws: `TrainingError` before anything changes, for a bad configuration, an invalid
    ///   network, empty data, or data that does not fit the network.
    public func train(
        _ network: inout Network, on training: LabeledExamples, monitoring: [MonitoredSet] = [],
        generator: inout SeededGenerator, onEvent: (TrainingEvent) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(TrainingError) -> TrainingOutcome {
        try check(network, training: training, monitoring: monitoring)
        let n = training.count
        let m = min(configuration.miniBatchSize, n)
        let batchesPerEpoch = (n + m - 1) / m
        let eta = configuration.learningRate
        let weightDecay = 1 - eta * configuration.lambda / Float(n)
        let (activations, cost) = (network.activations, network.cost)
        let sparse = SparseInputs.make(from: training, policy: inputPolicy)
        let parameters = ParameterBuffers(copying: network, inputOrder: sparse?.inputOrder)
        let workspace = BackpropagationWorkspace(sizes: network.sizes, capacity: m)
        var order = Array(0..<n)
        var reports: [EpochReport] = []
        var stopping = EarlyStopping(patience: configuration.stopAfterEpochsWithoutImprovement)
        let clock = ContinuousClock()

        for epoch in 0..<configuration.epochs {
            let start = clock.now
            generator.shuffle(&order)
            for batch in 0..<batchesPerEpoch {
                if isCancelled() {
                    parameters.copy(into: &network)
                    return TrainingOutcome(reports: reports,
                                           stoppedAt: TrainingPosition(epoch: epoch, miniBatchesCompleted: batch))
                }
                let batchIndices = order[batch * m ..< min(batch * m + m, n)]
                workspace.load(training, indices: batchIndices, sparse: sparse)
                if batch + 1 < batchesPerEpoch {
                    workspace.warmCache(training, indices: order[batch * m + m ..< min(batch * m + 2 * m, n)], sparse: sparse)
                }
                workspace.forward(parameters, activations: activations)
                workspace.backward(parameters, activations: activations, cost: cost, into: parameters,
                                   alpha: -eta / Float(batchIndices.count), weightDecay: weightDecay)
                onEvent(.miniBatchFinished(epoch: epoch, batch: batch, batchesPerEpoch: batchesPerEpoch))
            }
            let trained = clock.now
            parameters.copy(into: &network)
            if !network.hasFiniteParameters { return TrainingOutcome(reports: reports, diverged: true) }
            let results = monitoring.map { set in
                (name: set.name, evaluation: network.evaluate(set.examples, lambda: configuration.lambda))
            }
            let report = EpochReport(epoch: epoch, seconds: Self.seconds(trained - start),
                                     evaluationSeconds: Self.seconds(clock.now - trained), results: results)
            reports.append(report)
            onEvent(.epochFinished(report))
            if let watched = results.first, stopping.shouldStop(after: watched.evaluation.accuracy) {
                return TrainingOutcome(reports: reports, stoppedEarly: epoch + 1 < configuration.epochs)
            }
        }
        return TrainingOutcome(reports: reports)
    }

    /// Everything `train` refuses, checked before any parameter changes.
    private func check(_ network: Network, training: LabeledExamples, monitoring: [MonitoredSet]) throws(TrainingError) {
        try configuration.validate()
        if configuration.stopAfterEpochsWithoutImprovement != nil, monitoring.isEmpty {
            throw .earlyStoppingWithoutMonitoring
        }
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
}
