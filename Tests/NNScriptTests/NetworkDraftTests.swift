import NeuralNet
import Testing
@testable import NNScript

/// `NetworkDraft`: layers added one by one, drawn from the session's generator.
@Suite struct NetworkDraftTests {
    @Test func aLayerDrawsItsBiasesThenItsScaledWeights() throws {
        var draft = NetworkDraft(inputSize: 4, cost: .quadratic)
        var generator = SeededGenerator(seed: 1)
        draft.addLayer(size: 3, activation: .relu, initializer: .scaledGaussian, generator: &generator)
        var reference = SeededGenerator(seed: 1)
        let draws = (0..<15).map { _ in reference.nextGaussian() }
        #expect(draft.sizes == [4, 3])
        #expect(draft.activations == [.relu])
        #expect(draft.biases == [Array(draws[0..<3])])
        #expect((draft.weights[0].rows, draft.weights[0].columns) == (3, 4))
        #expect(draft.weights[0].elements == draws[3...].map { $0 * 0.5 })
        #expect(generator.nextGaussian() == reference.nextGaussian())
    }

    @Test func layersBelowAreKept() throws {
        var generator = SeededGenerator(seed: 2)
        var draft = NetworkDraft(inputSize: 5, cost: .quadratic)
        draft.addLayer(size: 4, activation: .sigmoid, initializer: .gaussian, generator: &generator)
        let first = draft.weights[0]
        draft.addLayer(size: 2, activation: .sigmoid, initializer: .gaussian, generator: &generator)
        #expect(draft.sizes == [5, 4, 2])
        #expect(draft.weights[0] == first)
        #expect(try draft.network().sizes == [5, 4, 2])
    }
}
