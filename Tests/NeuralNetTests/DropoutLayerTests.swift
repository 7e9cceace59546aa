import Testing
@testable import NeuralNet

/// Inverted dropout: masks drawn from the generator drop about p of the values and scale the
/// rest by 1/(1 − p) while training; evaluation passes values through.
struct DropoutLayerTests {
    @Test(arguments: [Float(0.5), 0.2])
    func masksDropAboutPAndKeepTheMean(rate: Float) {
        let count = 100_000
        let mask = UnsafeMutablePointer<Float>.allocate(capacity: count)
        defer { mask.deallocate() }
        var generator = SeededGenerator(seed: 4)
        DropoutKernel.drawMask(into: mask, count: count, rate: rate, generator: &generator)
        let values = UnsafeBufferPointer(start: mask, count: count)
        let dropped = Double(values.filter { $0 == 0 }.count) / Double(count)
        #expect(abs(dropped - Double(rate)) < 0.01)
        #expect(values.allSatisfy { $0 == 0 || $0 == 1 / (1 - rate) })
        #expect(abs(values.reduce(0) { $0 + Double($1) } / Double(count) - 1) < 0.02, "E[mask] = 1")
        var again = SeededGenerator(seed: 4)
        let second = UnsafeMutablePointer<Float>.allocate(capacity: count)
        defer { second.deallocate() }
        DropoutKernel.drawMask(into: second, count: count, rate: rate, generator: &again)
        #expect(Array(values) == Array(UnsafeBufferPointer(start: second, count: count)), "same seed, same mask")
    }

    @Test func evaluationPassesValuesThrough() throws {
        var generator = SeededGenerator(seed: 5)
        let dense = FullyConnectedLayer(inputShape: .vector(6), outputCount: 4, activation: .sigmoid,
                                        initializer: .scaledGaussian, generator: &generator)
        let output = FullyConnectedLayer(inputShape: .vector(4), outputCount: 3, activation: .softmax,
                                         initializer: .scaledGaussian, generator: &generator)
        let with = try Network(layers: [dense, DropoutLayer(inputShape: .vector(4), rate: 0.5), output], cost: .logLikelihood)
        let without = try Network(layers: [dense, output], cost: .logLikelihood)
        let inputs = Matrix(rows: 3, columns: 6, elements: (0..<18).map { Float($0) / 18 })
        #expect(with.feedforward(inputs) == without.feedforward(inputs))
    }

    @Test func aRateOfZeroChangesNothingInTraining() throws {
        var generator = SeededGenerator(seed: 6)
        let dense = FullyConnectedLayer(inputShape: .vector(4), outputCount: 6, activation: .sigmoid,
                                        initializer: .scaledGaussian, generator: &generator)
        let output = FullyConnectedLayer(inputShape: .vector(6), outputCount: 3, activation: .sigmoid,
                                         initializer: .scaledGaussian, generator: &generator)
        let data = TrainingFixtures.randomExamples(count: 12)
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 2, learningRate: 0.5, miniBatchSize: 4))
        var with = try Network(layers: [dense, DropoutLayer(inputShape: .vector(6), rate: 0), output], cost: .quadratic)
        var without = try Network(layers: [dense, output], cost: .quadratic)
        var g1 = SeededGenerator(seed: 7), g2 = SeededGenerator(seed: 7)
        _ = try sgd.train(&with, on: data, generator: &g1)
        _ = try sgd.train(&without, on: data, generator: &g2)
        #expect(with.layers[2].isEqual(to: without.layers[1]) && with.layers[0].isEqual(to: without.layers[0]))
    }
}
