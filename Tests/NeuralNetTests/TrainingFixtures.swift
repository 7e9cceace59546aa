import NeuralNet

/// Small deterministic networks and data sets shared by the training tests.
enum TrainingFixtures {
    /// n random inputs of `inputSize` values in [0, 1) with labels cycling through `classCount`.
    static func randomExamples(count n: Int, inputSize: Int = 4, classCount: Int = 3, seed: UInt64 = 100) -> LabeledExamples {
        var generator = SeededGenerator(seed: seed)
        let inputs = (0..<n * inputSize).map { _ in Float(generator.nextUniform()) }
        let labels = (0..<n).map { UInt8($0 % classCount) }
        return LabeledExamples(floats: inputs, labels: labels, inputSize: inputSize, classCount: classCount)
    }

    /// A [4, 6, 3] sigmoid network, quadratic cost, N(0, 1) initialisation from `generator`.
    static func smallNetwork(_ generator: inout SeededGenerator, cost: Cost = .quadratic,
                             output: Activation = .sigmoid) throws -> Network {
        try Network(sizes: [4, 6, 3], activations: [.sigmoid, output], cost: cost, initializer: .gaussian,
                    generator: &generator)
    }

    /// The four XOR cases, class = x₁ XOR x₂.
    static let xor = LabeledExamples(floats: [0, 0, 0, 1, 1, 0, 1, 1], labels: [0, 1, 1, 0], inputSize: 2, classCount: 2)

    /// The bit patterns of every weight and bias, for bit-identity checks.
    static func bits(_ network: Network) -> [UInt32] {
        network.weights.flatMap { $0.elements.map(\.bitPattern) } + network.biases.joined().map(\.bitPattern)
    }
}
