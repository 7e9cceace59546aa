import Foundation
import Testing
import NeuralNet

struct NetworkFeedforwardTests {
    /// [2, 2, 1] with hand-picked parameters, checked against arithmetic done by hand.
    private func handNetwork() throws -> Network {
        try Network(sizes: [2, 2, 1],
                    weights: [Matrix(rows: 2, columns: 2, elements: [1, -1, 0.5, 2]), Matrix(rows: 1, columns: 2, elements: [1, 1])],
                    biases: [[0, 1], [-1]], activations: [.relu, .sigmoid], cost: .quadratic)
    }

    @Test func feedforwardComputesSigmaOfWeightedInputsPerRow() throws {
        let network = try handNetwork()
        let outputs = network.feedforward(Matrix(rows: 2, columns: 2, elements: [1, 2, 3, 0]))
        // Sample (1, 2): z¹ = (1·1 − 1·2 + 0, 0.5·1 + 2·2 + 1) = (−1, 5.5) → a¹ = (0, 5.5); z² = 4.5.
        // Sample (3, 0): z¹ = (3, 2.5) → a¹ = (3, 2.5); z² = 4.5.
        let expected = Float(1 / (1 + exp(-4.5)))
        #expect(outputs.rows == 2 && outputs.columns == 1)
        #expect(abs(outputs[0, 0] - expected) < 1e-6 && abs(outputs[1, 0] - expected) < 1e-6)
    }

    @Test func traceReportsZAndAOfEveryLayer() throws {
        let network = try handNetwork()
        let trace = network.trace([1, 2])
        #expect(trace.count == 2)
        #expect(trace[0].weightedInputs == [-1, 5.5])
        #expect(trace[0].activations == [0, 5.5])
        #expect(trace[1].weightedInputs == [4.5])
        #expect(trace[1].activations == network.feedforward(Matrix(rows: 1, columns: 2, elements: [1, 2])).elements)
    }

    @Test func batchRowsAreIndependent() throws {
        var generator = SeededGenerator(seed: 2)
        let network = try Network(sizes: [5, 7, 3], activations: [.tanh, .softmax], cost: .logLikelihood,
                                  initializer: .scaledGaussian, generator: &generator)
        let inputs = (0..<20).map { _ in Float(generator.nextUniform()) }
        let batch = network.feedforward(Matrix(rows: 4, columns: 5, elements: inputs))
        for row in 0..<4 {
            let single = network.feedforward(Matrix(rows: 1, columns: 5, elements: Array(inputs[row * 5 ..< row * 5 + 5])))
            for j in 0..<3 { #expect(abs(single[0, j] - batch[row, j]) < 1e-6) }
            #expect(abs(batch.row(row).reduce(0, +) - 1) < 1e-5, "softmax rows sum to 1")
        }
    }
}
