import Testing
@testable import NeuralNet

/// Backpropagation (Float, the training code path) against central finite differences of an
/// independent Double implementation of the cost, for every defined output activation × cost
/// pair, every hidden activation, with and without L2.
struct GradientCheckTests {
    static let pairs: [(Activation, Cost)] = Cost.allCases.flatMap { cost in
        Activation.allCases.filter { cost.isDefined(for: $0) }.map { ($0, cost) }
    }

    @Test func everyDefinedPairIsChecked() {
        #expect(Self.pairs.count == 8)
    }

    @Test(arguments: pairs, [Activation.sigmoid, .tanh, .relu])
    func backpropagationMatchesFiniteDifferences(pair: (Activation, Cost), hidden: Activation) throws {
        for lambda: Float in [0, 0.7] {
            try check(output: pair.0, cost: pair.1, hidden: hidden, lambda: lambda)
        }
    }

    /// Networks refuse hidden softmax layers, but its Jacobian product is implemented anyway
    /// (an edited network must not crash backpropagation), so check it too.
    @Test func softmaxInAHiddenLayerBackpropagatesCorrectly() throws {
        try check(output: .sigmoid, cost: .crossEntropy, hidden: .softmax, lambda: 0.3)
    }

    private func check(output: Activation, cost: Cost, hidden: Activation, lambda: Float) throws {
        var generator = SeededGenerator(seed: 11)
        var network = try Network(sizes: [4, 5, 4, 3], activations: [.sigmoid, .sigmoid, output], cost: cost,
                                  initializer: .scaledGaussian, generator: &generator)
        network.activations = [hidden, hidden, output]   // may be softmax, which validation refuses
        let m = 6, n = 20
        let inputs = (0..<m * 4).map { _ in Float(generator.nextUniform()) }
        let labels = (0..<m).map { UInt8($0 % 3) }
        let batch = LabeledExamples(floats: inputs, labels: labels, inputSize: 4, classCount: 3)
        let backprop = network.gradient(on: batch, lambda: lambda, trainingCount: n)

        let reference = ReferenceNetwork(network)
        let x = (0..<m).map { i in (0..<4).map { Double(inputs[i * 4 + $0]) } }
        let y = labels.map(Int.init)
        func totalCost(_ r: ReferenceNetwork) -> Double { r.totalCost(inputs: x, labels: y, lambda: Double(lambda), n: n) }
        let h = 1e-6
        var largest = 0.0
        let context = "\(hidden)/\(output)/\(cost) λ=\(lambda)"
        for l in reference.weights.indices {
            for j in reference.weights[l].indices {
                for k in reference.weights[l][j].indices {
                    var plus = reference, minus = reference
                    plus.weights[l][j][k] += h
                    minus.weights[l][j][k] -= h
                    let numeric = (totalCost(plus) - totalCost(minus)) / (2 * h)
                    largest = max(largest, abs(numeric))
                    expectClose(Double(backprop.weights[l][j, k]), numeric, "\(context) ∂C/∂w[\(l)][\(j),\(k)]")
                }
                var plus = reference, minus = reference
                plus.biases[l][j] += h
                minus.biases[l][j] -= h
                let numeric = (totalCost(plus) - totalCost(minus)) / (2 * h)
                expectClose(Double(backprop.biases[l][j]), numeric, "\(context) ∂C/∂b[\(l)][\(j)]")
            }
        }
        #expect(largest > 1e-3, "gradient too small to test anything (\(context))")
    }

    private func expectClose(_ backprop: Double, _ numeric: Double, _ what: String) {
        let error = abs(backprop - numeric)
        #expect(error <= 1e-2 * max(abs(backprop), abs(numeric)) + 1e-5,
                "\(what): backprop \(backprop) vs finite difference \(numeric)")
    }
}
