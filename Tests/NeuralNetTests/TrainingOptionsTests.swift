import Testing
@testable import NeuralNet

/// What chapter 3 adds to plain SGD — momentum, the learning-rate schedule — and what nns adds:
/// several threads per mini-batch and the speed of learning of each layer.
struct TrainingOptionsTests {
    /// A small convolutional network on 6×6 inputs: conv 3@3×3 → pool 2 → fully connected 3.
    static func convolutionalNetwork(_ generator: inout SeededGenerator, cost: Cost = .logLikelihood) throws -> Network {
        let conv = ConvolutionLayer(inputShape: TensorShape(height: 6, width: 6), featureMaps: 3, kernelSize: 3,
                                    activation: .relu, initializer: .scaledGaussian, generator: &generator)
        let pool = MaxPoolingLayer(inputShape: conv.outputShape, poolSize: 2)
        let output = FullyConnectedLayer(inputShape: pool.outputShape, outputCount: 3, activation: .softmax,
                                         initializer: .scaledGaussian, generator: &generator)
        return try Network(layers: [conv, pool, output], cost: cost)
    }

    /// Every parameter of `network` in layer order (weights, then biases, per layer).
    static func parameters(_ network: Network) -> [Float] {
        network.weightedLayers.flatMap { $0.layer.weights.elements + $0.layer.biases }
    }

    @Test func oneFullBatchOfAConvolutionalNetworkIsOneGradientStep() throws {
        var generator = SeededGenerator(seed: 3)
        let start = try Self.convolutionalNetwork(&generator)
        let data = TrainingFixtures.randomExamples(count: 8, inputSize: 36)
        let (eta, lambda): (Float, Float) = (0.3, 2)
        let gradient = start.gradient(on: data, lambda: lambda, trainingCount: 8)
        let expected = zip(Self.parameters(start), gradient.compactMap { $0 }.flatMap { $0.weights.elements + $0.biases })
            .map { $0 - eta * $1 }
        var trained = start
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1, learningRate: eta, miniBatchSize: 8, lambda: lambda))
        _ = try sgd.train(&trained, on: data, generator: &generator)
        for (actual, wanted) in zip(Self.parameters(trained), expected) { #expect(abs(actual - wanted) < 1e-5) }
    }

    @Test func momentumKeepsAVelocity() throws {
        // Two full-batch steps: v₁ = −η∇C(w₀), w₁ = w₀ + v₁; v₂ = μv₁ − η∇C(w₁), w₂ = w₁ + v₂.
        var generator = SeededGenerator(seed: 4)
        let start = try TrainingFixtures.smallNetwork(&generator, cost: .crossEntropy)
        let data = TrainingFixtures.randomExamples(count: 6)
        let (eta, mu, lambda): (Float, Float, Float) = (0.5, 0.8, 1)
        func step(_ network: Network) -> [Float] {
            network.gradient(on: data, lambda: lambda, trainingCount: 6).compactMap { $0 }.flatMap { $0.weights.elements + $0.biases }
        }
        let w0 = Self.parameters(start)
        let v1 = step(start).map { -eta * $0 }
        var afterOne = start
        let one = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1, learningRate: eta, miniBatchSize: 6,
                                                                    lambda: lambda, momentum: mu))
        var g = generator
        _ = try one.train(&afterOne, on: data, generator: &g)
        let w1 = Self.parameters(afterOne)
        for (actual, wanted) in zip(w1, zip(w0, v1).map(+)) { #expect(abs(actual - wanted) < 1e-5) }
        let v2 = zip(v1, step(afterOne)).map { mu * $0 - eta * $1 }
        var afterTwo = start
        let two = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 2, learningRate: eta, miniBatchSize: 6,
                                                                    lambda: lambda, momentum: mu))
        g = generator
        _ = try two.train(&afterTwo, on: data, generator: &g)
        for (actual, wanted) in zip(Self.parameters(afterTwo), zip(w1, v2).map(+)) { #expect(abs(actual - wanted) < 1e-5) }
    }

    /// A convolutional network's mini-batches are split among the threads (`SplitBatchPasses`)
    /// and their gradients summed, with the dropout masks drawn as on one thread: 1, 2 and 3
    /// threads train to the same numbers up to the order of those sums — also with a last
    /// mini-batch smaller than the thread count — and the same count is bit-identical.
    @Test(arguments: [Float(0), 0.8])
    func threadCountsGiveTheSameNumbers(momentum: Float) throws {
        func train(threads: Int) throws -> [Float] {
            var generator = SeededGenerator(seed: 5)
            let conv = try Self.convolutionalNetwork(&generator)
            let hidden = FullyConnectedLayer(inputShape: conv.layers[1].outputShape, outputCount: 7, activation: .tanh,
                                             initializer: .scaledGaussian, generator: &generator)
            let output = FullyConnectedLayer(inputShape: .vector(7), outputCount: 3, activation: .softmax,
                                             initializer: .scaledGaussian, generator: &generator)
            var network = try Network(layers: [conv.layers[0], conv.layers[1], hidden,
                                               DropoutLayer(inputShape: .vector(7), rate: 0.3), output], cost: .logLikelihood)
            let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 2, learningRate: 0.2, miniBatchSize: 7,
                                                                        lambda: 0.5, momentum: momentum, threads: threads))
            _ = try sgd.train(&network, on: TrainingFixtures.randomExamples(count: 29, inputSize: 36), generator: &generator)
            return Self.parameters(network)
        }
        let one = try train(threads: 1)
        for threads in [2, 3] {
            let several = try train(threads: threads)
            #expect(TrainingOptionsTests.agree(one, several), "\(threads) threads")
            #expect(several.map(\.bitPattern) == (try train(threads: threads)).map(\.bitPattern))
        }
    }

    /// Equal up to Float rounding: |a − b| ≤ 10⁻⁵·max(1, |a|) everywhere.
    static func agree(_ a: [Float], _ b: [Float]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-5 * max(1, abs($0)) }
    }

    @Test func threadsShareTheSparseFirstLayerOnMNIST() throws {
        let mnist = try TestData.examples("mnist-train-5k/train", limit: 600)
        func train(threads: Int, momentum: Float) throws -> Network {
            var generator = SeededGenerator(seed: 6)
            var network = try Network(sizes: [784, 20, 10], activations: [.sigmoid, .sigmoid], cost: .crossEntropy,
                                      initializer: .scaledGaussian, generator: &generator)
            let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1, learningRate: 0.5, miniBatchSize: 10,
                                                                        lambda: 5, momentum: momentum, threads: threads))
            _ = try sgd.train(&network, on: mnist, generator: &generator)
            return network
        }
        for momentum: Float in [0, 0.5] {
            let one = Self.parameters(try train(threads: 1, momentum: momentum))
            let two = Self.parameters(try train(threads: 2, momentum: momentum))
            #expect(Self.agree(one, two), "μ = \(momentum)")
        }
    }

    @Test func theScheduleHalvesEtaOnAPlateauAndStopsAtOneHundredTwentyEighth() throws {
        var generator = SeededGenerator(seed: 7)
        var network = try TrainingFixtures.smallNetwork(&generator)
        // η too small to change the accuracy: every epoch is a plateau.
        let configuration = TrainingConfiguration(epochs: 100, learningRate: 1e-30, miniBatchSize: 5,
                                                  learningRateSchedule: LearningRateSchedule(patience: 2))
        var rates: [Float] = []
        let outcome = try MiniBatchSGD(configuration: configuration).train(
            &network, on: TrainingFixtures.randomExamples(count: 20),
            monitoring: [MonitoredSet(name: "validation", examples: TrainingFixtures.randomExamples(count: 9, seed: 3))],
            generator: &generator
        ) { event in
            if case .learningRateChanged(_, let eta) = event { rates.append(eta) }
        }
        // Halved after epochs 2, 4, …, 12 (six times, to η/64); the seventh would reach η/128: stop after epoch 14.
        let halvings: [Float] = (1...6).map { 1e-30 / Float(1 << $0) }
        #expect(rates == halvings)
        #expect(outcome.scheduleFinished && outcome.epochsCompleted == 15)
        var perEpoch: [Float] = [1e-30, 1e-30, 1e-30]
        for eta in halvings { perEpoch += [eta, eta] }
        #expect(outcome.reports.map(\.learningRate) == perEpoch)
    }

    @Test func theScheduleNeedsAMonitoredSet() throws {
        var generator = SeededGenerator(seed: 8)
        var network = try TrainingFixtures.smallNetwork(&generator)
        let configuration = TrainingConfiguration(epochs: 3, learningRate: 1, miniBatchSize: 5,
                                                  learningRateSchedule: LearningRateSchedule(patience: 2))
        #expect(throws: TrainingError.scheduleWithoutMonitoring) {
            _ = try MiniBatchSGD(configuration: configuration).train(&network, on: TrainingFixtures.randomExamples(count: 10),
                                                                    generator: &generator)
        }
    }

    @Test func learningSpeedsAreTheNormsOfTheBiasGradients() throws {
        var generator = SeededGenerator(seed: 9)
        let network = try Network(sizes: [4, 5, 5, 3], activations: [.sigmoid, .sigmoid, .sigmoid], cost: .crossEntropy,
                                  initializer: .scaledGaussian, generator: &generator)
        let data = TrainingFixtures.randomExamples(count: 12)
        let speeds = network.learningSpeeds(on: data)
        let gradient = network.gradient(on: data)
        #expect(speeds.layers == [1, 2, 3])
        for (value, layer) in zip(speeds.values, gradient) {
            let norm = (layer?.biases.reduce(0) { $0 + Double($1) * Double($1) } ?? 0).squareRoot()
            #expect(abs(value - norm) < 1e-9)
        }
        var trained = network
        var events = 0
        let configuration = TrainingConfiguration(epochs: 2, learningRate: 0.1, miniBatchSize: 4, learningSpeedSamples: 8)
        let outcome = try MiniBatchSGD(configuration: configuration).train(&trained, on: data, generator: &generator) { event in
            if case .initialLearningSpeeds = event { events += 1 }
        }
        #expect(events == 1)
        #expect(outcome.initialLearningSpeeds == network.learningSpeeds(on: data.subset(0..<8)))
        #expect(outcome.reports.last?.learningSpeeds == trained.learningSpeeds(on: data.subset(0..<8)))
    }
}

/// `keepsBestEpoch`: the book reports the epoch the validation set picks.
struct KeepBestEpochTests {
    @Test func theNetworkOfTheBestEpochIsKept() throws {
        var generator = SeededGenerator(seed: 12)
        var network = try TrainingFixtures.smallNetwork(&generator, cost: .crossEntropy)
        let watched = MonitoredSet(name: "validation", examples: TrainingFixtures.randomExamples(count: 30, seed: 4))
        let configuration = TrainingConfiguration(epochs: 12, learningRate: 4, miniBatchSize: 3, keepsBestEpoch: true)
        let outcome = try MiniBatchSGD(configuration: configuration).train(
            &network, on: TrainingFixtures.randomExamples(count: 30), monitoring: [watched], generator: &generator
        ) { _ in }
        let accuracies = outcome.reports.map { $0.results[0].evaluation.accuracy }
        // The first epoch reaching the best accuracy.
        let bestEpoch = try #require(accuracies.firstIndex(of: accuracies.max() ?? 0))
        #expect(outcome.keptEpoch == bestEpoch)
        #expect(network.evaluate(watched.examples).accuracy == accuracies[bestEpoch])
    }

    @Test func keepingTheBestNeedsAMonitoredSet() throws {
        var generator = SeededGenerator(seed: 13)
        var network = try TrainingFixtures.smallNetwork(&generator)
        let configuration = TrainingConfiguration(epochs: 2, learningRate: 1, miniBatchSize: 3, keepsBestEpoch: true)
        #expect(throws: TrainingError.bestEpochWithoutMonitoring) {
            _ = try MiniBatchSGD(configuration: configuration).train(&network, on: TrainingFixtures.randomExamples(count: 6),
                                                                    generator: &generator)
        }
    }
}

/// Networks of fully connected layers on several threads split each layer's neurons.
struct NeuronParallelTrainingTests {
    /// Every weight is computed by the same operations whichever thread computes it, so the
    /// thread count changes nothing but BLAS's rounding in products of other sizes (here: not a
    /// bit), also with momentum and on the sparse first layer.
    @Test(arguments: [Float(0), 0.9])
    func threadCountsGiveTheSameNumbers(momentum: Float) throws {
        let mnist = try TestData.examples("mnist-train-5k/train", limit: 500)
        func train(threads: Int) throws -> [Float] {
            var generator = SeededGenerator(seed: 14)
            var network = try Network(sizes: [784, 24, 13, 10], activations: [.relu, .sigmoid, .softmax], cost: .logLikelihood,
                                      initializer: .scaledGaussian, generator: &generator)
            let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 2, learningRate: 0.1, miniBatchSize: 25,
                                                                        lambda: 2, momentum: momentum, threads: threads))
            _ = try sgd.train(&network, on: mnist, generator: &generator)
            return TrainingOptionsTests.parameters(network)
        }
        let one = try train(threads: 1)
        #expect(TrainingOptionsTests.agree(one, try train(threads: 2)))
        #expect(TrainingOptionsTests.agree(one, try train(threads: 3)))
    }
}
