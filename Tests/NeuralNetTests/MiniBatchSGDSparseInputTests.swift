import Testing
@testable import NeuralNet

/// Training from `SparseInputs` (first layer over the used inputs only, columns reordered) must
/// give the weights of training on the full inputs, up to Float rounding in the sums.
struct MiniBatchSGDSparseInputTests {
    @Test(arguments: [Float(0), 5])
    func sparseAndFullInputsGiveTheSameWeightsOnMNIST(lambda: Float) throws {
        let mnist = try TestData.examples("mnist-train-5k/train").subset(0..<1_000)
        #expect(SparseInputs.make(from: mnist, policy: .automatic) != nil)
        let configuration = TrainingConfiguration(epochs: 1, learningRate: 3, miniBatchSize: 10, lambda: lambda)
        let (sparse, full) = try trainBothWays([784, 30, 10], on: mnist, configuration)
        #expect(Self.largestRelativeDifference(sparse, full) < 1e-5)
        #expect(sparse.weights[0] != full.weights[0], "the sparse path was not taken")
    }

    @Test func sparseAndFullInputsGiveTheSameWeightsOnDenseBytes() throws {
        var generator = SeededGenerator(seed: 21)
        let n = 40
        // About 70% non-zero (too dense for `.automatic`), unevenly, so the inputs get reordered.
        let bytes = (0..<n * 50).map { k in generator.nextUniform() < 0.3 + Double(k % 50) / 250 ? 0 : UInt8(1 + generator.nextUniform() * 254) }
        let data = LabeledExamples(bytes: bytes, labels: (0..<n).map { UInt8($0 % 4) }, inputSize: 50, classCount: 4)
        #expect(SparseInputs.make(from: data, policy: .automatic) == nil)
        let configuration = TrainingConfiguration(epochs: 3, learningRate: 0.5, miniBatchSize: 7, lambda: 1)
        let (sparse, full) = try trainBothWays([50, 12, 4], on: data, configuration)
        #expect(Self.largestRelativeDifference(sparse, full) < 1e-5)
        #expect(sparse.weights[0] != full.weights[0], "the sparse path was not taken")
    }

    @Test func batchesOfZeroInputsOnlyDecayTheFirstLayer() throws {
        let zeros = LabeledExamples(bytes: [UInt8](repeating: 0, count: 4 * 6), labels: [0, 1, 0, 1], inputSize: 6, classCount: 2)
        let configuration = TrainingConfiguration(epochs: 1, learningRate: 2, miniBatchSize: 2, lambda: 0.5)
        var generator = SeededGenerator(seed: 5)
        let start = try Network(sizes: [6, 3, 2], activations: [.sigmoid, .sigmoid], cost: .quadratic,
                                initializer: .gaussian, generator: &generator)
        let (sparse, full) = try trainBothWays([6, 3, 2], on: zeros, configuration)
        #expect(Self.largestRelativeDifference(sparse, full) < 1e-6)
        let decay: Float = (1 - 2 * 0.5 / 4) * (1 - 2 * 0.5 / 4)
        for (trained, initial) in zip(sparse.weights[0].elements, start.weights[0].elements) {
            #expect(abs(trained - decay * initial) <= 1e-6 * max(1, abs(initial)))
        }
    }

    @Test func theSparsePathIsDeterministic() throws {
        let mnist = try TestData.examples("mnist-train-5k/train").subset(0..<300)
        let configuration = TrainingConfiguration(epochs: 2, learningRate: 3, miniBatchSize: 10, lambda: 1)
        let first = try train([784, 30, 10], on: mnist, configuration, policy: .automatic)
        let second = try train([784, 30, 10], on: mnist, configuration, policy: .automatic)
        #expect(TrainingFixtures.bits(first) == TrainingFixtures.bits(second))
    }

    /// The same seeded network trained with `.always` and with `.never`.
    private func trainBothWays(_ sizes: [Int], on data: LabeledExamples, _ configuration: TrainingConfiguration)
        throws -> (sparse: Network, full: Network)
    {
        (try train(sizes, on: data, configuration, policy: .always), try train(sizes, on: data, configuration, policy: .never))
    }

    private func train(_ sizes: [Int], on data: LabeledExamples, _ configuration: TrainingConfiguration,
                       policy: SparseInputs.Policy) throws -> Network {
        var generator = SeededGenerator(seed: 5)
        var network = try Network(sizes: sizes, activations: [.sigmoid, .sigmoid], cost: .quadratic,
                                  initializer: .gaussian, generator: &generator)
        var sgd = MiniBatchSGD(configuration: configuration)
        sgd.inputPolicy = policy
        _ = try sgd.train(&network, on: data, generator: &generator)
        return network
    }

    /// max |a − b| / max(1, |b|) over every weight and bias.
    static func largestRelativeDifference(_ a: Network, _ b: Network) -> Float {
        let pairs = zip(a.weights.flatMap(\.elements) + a.biases.joined(), b.weights.flatMap(\.elements) + b.biases.joined())
        return pairs.map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
    }
}
