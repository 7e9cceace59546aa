import Foundation
import Testing
import NeuralNet

struct NetworkEvaluationTests {
    /// A [2, 2] softmax network whose outputs are known: w = I, b = 0.
    private func identity(cost: Cost = .logLikelihood) throws -> Network {
        try Network(sizes: [2, 2], weights: [Matrix(rows: 2, columns: 2, elements: [1, 0, 0, 1])], biases: [[0, 0]],
                    activations: [.softmax], cost: cost)
    }

    private let examples = LabeledExamples(floats: [2, 0, 0, 3, 1, 0], labels: [0, 1, 1], inputSize: 2, classCount: 2)

    @Test func countsArgmaxHitsAndAveragesTheCost() throws {
        let network = try identity()
        let evaluation = network.evaluate(examples)
        #expect(evaluation.correct == 2 && evaluation.total == 3)
        #expect(abs(evaluation.accuracy - 2.0 / 3) < 1e-12)
        // softmax(2, 0)_0, softmax(0, 3)_1, softmax(1, 0)_1
        let expected = -(log(1 / (1 + exp(-2.0))) + log(1 / (1 + exp(-3.0))) + log(1 / (1 + exp(1.0)))) / 3
        #expect(abs(evaluation.cost - expected) < 1e-6)
    }

    @Test func lambdaAddsTheL2TermOverTheSetSize() throws {
        let network = try identity()
        let plain = network.evaluate(examples)
        let regularised = network.evaluate(examples, lambda: 3)
        #expect(abs(regularised.cost - plain.cost - 3.0 / (2 * 3) * 2) < 1e-9)   // Σw² = 2
    }

    @Test func predictionsAndOutputsCoverEverySample() throws {
        let network = try identity()
        #expect(network.predictions(examples) == [0, 1, 0])
        let outputs = network.outputs(examples)
        #expect(outputs.rows == 3 && outputs.columns == 2)
        #expect(abs(outputs[1, 1] - Float(1 / (1 + exp(-3.0)))) < 1e-6)
    }

    @Test func largeSetsAreEvaluatedInChunksWithTheSameResult() throws {
        var generator = SeededGenerator(seed: 8)
        let network = try Network(sizes: [3, 4, 2], activations: [.sigmoid, .sigmoid], cost: .quadratic,
                                  initializer: .gaussian, generator: &generator)
        let n = 1_234
        let inputs = (0..<n * 3).map { _ in Float(generator.nextUniform()) }
        let labels = (0..<n).map { UInt8($0 % 2) }
        let all = LabeledExamples(floats: inputs, labels: labels, inputSize: 3, classCount: 2)
        let direct = network.feedforward(Matrix(rows: n, columns: 3, elements: inputs))
        #expect(network.outputs(all) == direct)
        let correct = (0..<n).filter { (direct[$0, 1] > direct[$0, 0] ? 1 : 0) == Int(labels[$0]) }.count
        #expect(network.evaluate(all).correct == correct)
    }

    @Test func emptySetsEvaluateToZero() throws {
        let evaluation = try identity().evaluate(examples.subset(0..<0))
        #expect(evaluation == Evaluation(correct: 0, total: 0, cost: 0))
        #expect(evaluation.accuracy == 0)
    }
}
