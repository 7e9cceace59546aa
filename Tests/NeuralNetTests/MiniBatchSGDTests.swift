import Testing
@testable import NeuralNet

struct MiniBatchSGDTests {
    @Test(arguments: [(Activation.sigmoid, Cost.crossEntropy), (.softmax, .logLikelihood), (.sigmoid, .quadratic)])
    func tinyNetworkLearnsXOR(output: Activation, cost: Cost) throws {
        var generator = SeededGenerator(seed: 1)
        var network = try Network(sizes: [2, 8, 2], activations: [.tanh, output], cost: cost,
                                  initializer: .gaussian, generator: &generator)
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1_000, learningRate: 0.5, miniBatchSize: 2))
        _ = try sgd.train(&network, on: TrainingFixtures.xor, generator: &generator)
        #expect(network.predictions(TrainingFixtures.xor) == [0, 1, 1, 0])
        #expect(network.evaluate(TrainingFixtures.xor).cost < 0.1)
    }

    @Test func oneFullBatchIsExactlyOneGradientStepWithWeightDecay() throws {
        var generator = SeededGenerator(seed: 3)
        let start = try TrainingFixtures.smallNetwork(&generator, cost: .crossEntropy)
        let data = TrainingFixtures.randomExamples(count: 8)
        let (eta, lambda): (Float, Float) = (0.8, 2)
        let gradient = start.gradient(on: data, lambda: lambda, trainingCount: 8)
        var trained = start
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1, learningRate: eta, miniBatchSize: 8, lambda: lambda))
        _ = try sgd.train(&trained, on: data, generator: &generator)
        // w − η ∂C/∂w with ∂C/∂w = (1/m) Σ ∇C_x + (λ/n) w equals (1 − ηλ/n) w − (η/m) Σ ∇C_x.
        for l in 0..<2 {
            for i in trained.weights[l].elements.indices {
                let expected = start.weights[l].elements[i] - eta * gradient.weights[l].elements[i]
                #expect(abs(trained.weights[l].elements[i] - expected) < 1e-5)
            }
            for j in trained.biases[l].indices {
                #expect(abs(trained.biases[l][j] - (start.biases[l][j] - eta * gradient.biases[l][j])) < 1e-5)
            }
        }
        #expect(trained != start)
    }

    @Test func sameSeedIsBitIdenticalAndOtherSeedsDiffer() throws {
        func run(seed: UInt64) throws -> Network {
            var generator = SeededGenerator(seed: seed)
            var network = try TrainingFixtures.smallNetwork(&generator)
            let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 3, learningRate: 2, miniBatchSize: 3, lambda: 0.1))
            _ = try sgd.train(&network, on: TrainingFixtures.randomExamples(count: 50), generator: &generator)
            return network
        }
        #expect(TrainingFixtures.bits(try run(seed: 7)) == TrainingFixtures.bits(try run(seed: 7)))
        #expect(TrainingFixtures.bits(try run(seed: 7)) != TrainingFixtures.bits(try run(seed: 8)))
    }

    @Test func eventsCountMiniBatchesIncludingAShortLastOne() throws {
        var generator = SeededGenerator(seed: 2)
        var network = try TrainingFixtures.smallNetwork(&generator)
        var batches: [(Int, Int, Int)] = []
        var epochs: [Int] = []
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 2, learningRate: 1, miniBatchSize: 4))
        let outcome = try sgd.train(&network, on: TrainingFixtures.randomExamples(count: 10),
                                    monitoring: [MonitoredSet(name: "check", examples: TrainingFixtures.randomExamples(count: 6, seed: 5))],
                                    generator: &generator) { event in
            switch event {
            case .miniBatchFinished(let epoch, let batch, let total): batches.append((epoch, batch, total))
            case .epochFinished(let report): epochs.append(report.epoch)
            case .learningRateChanged, .initialLearningSpeeds: Issue.record("no schedule or speed measurement was asked for")
            }
        }
        #expect(batches.map { [$0.0, $0.1, $0.2] } == [[0, 0, 3], [0, 1, 3], [0, 2, 3], [1, 0, 3], [1, 1, 3], [1, 2, 3]])
        #expect(epochs == [0, 1])
        #expect(outcome.epochsCompleted == 2 && !outcome.cancelled && !outcome.stoppedEarly && !outcome.diverged)
        let result = try #require(outcome.reports.last?.results.first)
        #expect(result.name == "check")
        #expect(result.evaluation == network.evaluate(TrainingFixtures.randomExamples(count: 6, seed: 5)))
        #expect(outcome.reports.allSatisfy { $0.seconds >= 0 && $0.evaluationSeconds >= 0 })
    }

    @Test func earlyStoppingWatchesTheFirstMonitoredSet() throws {
        var generator = SeededGenerator(seed: 4)
        let start = try TrainingFixtures.smallNetwork(&generator)
        let watched = MonitoredSet(name: "validation", examples: TrainingFixtures.randomExamples(count: 30, seed: 9))
        func train(epochs: Int, patience: Int, eta: Float) throws -> TrainingOutcome {
            var network = start
            var generator = SeededGenerator(seed: 4)
            let configuration = TrainingConfiguration(epochs: epochs, learningRate: eta, miniBatchSize: 5,
                                                      stopAfterEpochsWithoutImprovement: patience)
            return try MiniBatchSGD(configuration: configuration)
                .train(&network, on: TrainingFixtures.randomExamples(count: 20), monitoring: [watched], generator: &generator)
        }
        // η so small that the weights cannot change: the accuracy never improves after epoch 0.
        let frozen = try train(epochs: 10, patience: 2, eta: 1e-30)
        #expect(frozen.epochsCompleted == 3 && frozen.stoppedEarly)
        let exactlyDone = try train(epochs: 3, patience: 2, eta: 1e-30)
        #expect(exactlyDone.epochsCompleted == 3 && !exactlyDone.stoppedEarly)
        let patient = try train(epochs: 4, patience: 10, eta: 1e-30)
        #expect(patient.epochsCompleted == 4 && !patient.stoppedEarly)
    }

    @Test func cancellationStopsBetweenMiniBatchesAndKeepsTheUpdates() throws {
        var generator = SeededGenerator(seed: 6)
        let start = try TrainingFixtures.smallNetwork(&generator)
        let data = TrainingFixtures.randomExamples(count: 20)
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 5, learningRate: 3, miniBatchSize: 4))
        func train(cancelAfter k: Int) throws -> (Network, TrainingOutcome, Int) {
            var network = start
            var generator = SeededGenerator(seed: 6)
            let counter = Counter()
            let outcome = try sgd.train(&network, on: data, generator: &generator,
                                        onEvent: { if case .miniBatchFinished = $0 { counter.value += 1 } },
                                        isCancelled: { counter.value >= k })
            return (network, outcome, counter.value)
        }
        let (partial, outcome, batches) = try train(cancelAfter: 3)
        #expect(batches == 3)
        #expect(outcome.cancelled && outcome.epochsCompleted == 0 && outcome.reports.isEmpty)
        #expect(outcome.stoppedAt == TrainingPosition(epoch: 0, miniBatchesCompleted: 3))
        #expect(partial != start)

        // Cancelling right after epoch 0 (5 mini-batches) leaves exactly the 1-epoch network.
        let (afterOneEpoch, atBoundary, _) = try train(cancelAfter: 5)
        #expect(atBoundary.stoppedAt == TrainingPosition(epoch: 1, miniBatchesCompleted: 0) && atBoundary.epochsCompleted == 1)
        var oneEpoch = start
        var generator2 = SeededGenerator(seed: 6)
        _ = try MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1, learningRate: 3, miniBatchSize: 4))
            .train(&oneEpoch, on: data, generator: &generator2)
        #expect(TrainingFixtures.bits(afterOneEpoch) == TrainingFixtures.bits(oneEpoch))

        let (untouched, immediately, _) = try train(cancelAfter: 0)
        #expect(untouched == start && immediately.stoppedAt == TrainingPosition(epoch: 0, miniBatchesCompleted: 0))
    }

    @Test func divergenceStopsTraining() throws {
        var generator = SeededGenerator(seed: 1)
        var network = try TrainingFixtures.smallNetwork(&generator)
        // 1 − ηλ/n overflows to −∞: the weights become infinite in the first mini-batch.
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 50, learningRate: 1e30, miniBatchSize: 2, lambda: 1e10))
        let outcome = try sgd.train(&network, on: TrainingFixtures.randomExamples(count: 20), generator: &generator)
        #expect(outcome.diverged && outcome.epochsCompleted < 50)
        #expect(!network.hasFiniteParameters)
    }

    @Test func badInputsAreRejectedBeforeAnythingChanges() throws {
        var generator = SeededGenerator(seed: 2)
        let start = try TrainingFixtures.smallNetwork(&generator)
        let good = TrainingFixtures.randomExamples(count: 5)
        let cases: [(LabeledExamples, [MonitoredSet], TrainingConfiguration?, String)] = [
            (good.subset(0..<0), [], nil, "the training data is empty; train on at least one example"),
            (TrainingFixtures.randomExamples(count: 5, inputSize: 5), [], nil,
             "'training' has 5 inputs per example but the network's input layer has 4 neurons; build a network whose first size is 5"),
            (good, [MonitoredSet(name: "test", examples: TrainingFixtures.randomExamples(count: 5, classCount: 10))], nil,
             "'test' has 10 classes but the network's output layer has 3 neurons; build a network whose last size is 10"),
            (LabeledExamples(floats: [Float](repeating: 0, count: 8), labels: [0, 3], inputSize: 4, classCount: 3), [], nil,
             "example 1 of 'training' has label 3, outside 0...2; check that the labels match the data"),
            (good, [MonitoredSet(name: "validation", examples: good.subset(2..<2))], nil,
             "monitored set 'validation' is empty; monitor a set with at least one example"),
            (good, [], TrainingConfiguration(epochs: 1, learningRate: 1, miniBatchSize: 1, stopAfterEpochsWithoutImprovement: 3),
             "early stopping watches the accuracy of the first monitored set, but no set is monitored; monitor a validation set or turn early stopping off"),
            (good, [], TrainingConfiguration(epochs: 0, learningRate: 1, miniBatchSize: 1), "epochs must be at least 1 (got 0)"),
        ]
        for (training, monitoring, configuration, message) in cases {
            var network = start
            let sgd = MiniBatchSGD(configuration: configuration ?? TrainingConfiguration(epochs: 1, learningRate: 1, miniBatchSize: 2))
            #expect {
                _ = try sgd.train(&network, on: training, monitoring: monitoring, generator: &generator)
            } throws: { error in
                (error as? TrainingError)?.description == message
            }
            #expect(network == start)
        }
    }

    @Test func anInvalidlyEditedNetworkIsRejected() throws {
        var generator = SeededGenerator(seed: 2)
        var network = try TrainingFixtures.smallNetwork(&generator)
        network.activations[0] = .softmax
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1, learningRate: 1, miniBatchSize: 2))
        #expect(throws: TrainingError.invalidNetwork(.softmaxNotLast(layer: 1))) {
            _ = try sgd.train(&network, on: TrainingFixtures.randomExamples(count: 4), generator: &generator)
        }
        #expect(TrainingError.invalidNetwork(.softmaxNotLast(layer: 1)).description
                == "the network cannot be trained: softmax is only allowed on the output layer, but layer 1 is a hidden layer; use sigmoid, tanh or relu there")
    }
}

/// A mutable count shared by the event and cancellation closures.
private final class Counter {
    var value = 0
}
