import NeuralNet
import Testing
@testable import NNScript

/// `NetworkDraft`: layers added one by one on top of an input, each taking the shape below.
@Suite struct NetworkDraftTests {
    @Test func theNextLayerTakesTheTopLayersOutput() throws {
        var generator = SeededGenerator(seed: 1)
        var draft = NetworkDraft(inputShape: TensorShape(height: 6, width: 6), cost: .quadratic)
        #expect(draft.outputShape == TensorShape(height: 6, width: 6))
        draft.layers.append(ConvolutionLayer(inputShape: draft.outputShape, featureMaps: 3, kernelSize: 3, activation: .relu,
                                             initializer: .scaledGaussian, generator: &generator))
        #expect(draft.outputShape == TensorShape(height: 4, width: 4, channels: 3))
        draft.layers.append(MaxPoolingLayer(inputShape: draft.outputShape, poolSize: 2))
        #expect(draft.outputShape == TensorShape(height: 2, width: 2, channels: 3))
        #expect(draft.shapeDescription == "6×6×1 → conv 3×3 4×4×3 relu → pool 2×2 2×2×3")
    }

    @Test func layersBelowAreKept() throws {
        var generator = SeededGenerator(seed: 2)
        var draft = NetworkDraft(inputShape: .vector(5), cost: .quadratic)
        #expect(draft.missing(classes: 2)?.hasPrefix("it has only its input") == true)
        let first = FullyConnectedLayer(inputShape: .vector(5), outputCount: 4, activation: .sigmoid,
                                        initializer: .gaussian, generator: &generator)
        draft.layers.append(first)
        draft.layers.append(FullyConnectedLayer(inputShape: .vector(4), outputCount: 2, activation: .sigmoid,
                                                initializer: .gaussian, generator: &generator))
        #expect(draft.layers[0].isEqual(to: first))
        #expect(try draft.network().sizes == [5, 4, 2])
        #expect(draft.missing(classes: 2) == nil)
    }

    @Test func aCostTheTopLayerDoesNotAllowKeepsItADraft() throws {
        var generator = SeededGenerator(seed: 3)
        var draft = NetworkDraft(inputShape: .vector(5), cost: .logLikelihood)
        draft.layers.append(FullyConnectedLayer(inputShape: .vector(5), outputCount: 4, activation: .relu,
                                                initializer: .gaussian, generator: &generator))
        #expect(draft.missing(classes: 10)?.contains("add one, e.g. 'layer 10 act=softmax'") == true)
    }
}
