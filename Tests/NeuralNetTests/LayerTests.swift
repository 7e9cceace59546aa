import Testing
@testable import NeuralNet

/// The layer kinds on their own: shapes, parameter counts, how they draw their parameters, and
/// what they refuse; and the forward pass of convolution and max-pooling against numbers
/// worked out by hand.
struct LayerTests {
    @Test func shapesFollowNetwork3() throws {
        var generator = SeededGenerator(seed: 1)
        let image = TensorShape(height: 28, width: 28)
        let conv = ConvolutionLayer(inputShape: image, featureMaps: 20, kernelSize: 5, activation: .relu,
                                    initializer: .fanOutGaussian, poolSize: 2, generator: &generator)
        #expect(conv.outputShape == TensorShape(height: 24, width: 24, channels: 20))
        #expect(conv.parameterCount == 20 * 25 + 20)
        let pool = MaxPoolingLayer(inputShape: conv.outputShape, poolSize: 2)
        #expect(pool.outputShape == TensorShape(height: 12, width: 12, channels: 20))
        let conv2 = ConvolutionLayer(inputShape: pool.outputShape, featureMaps: 40, kernelSize: 5, activation: .relu,
                                     initializer: .fanOutGaussian, poolSize: 2, generator: &generator)
        #expect(conv2.outputShape == TensorShape(height: 8, width: 8, channels: 40))
        #expect(conv2.parameterCount == 40 * 25 * 20 + 40)
        let fc = FullyConnectedLayer(inputShape: TensorShape(height: 4, width: 4, channels: 40), outputCount: 100,
                                     activation: .relu, initializer: .fanOutGaussian, generator: &generator)
        #expect(fc.parameterCount == 640 * 100 + 100 && fc.outputShape == .vector(100))
        #expect(MaxPoolingLayer(inputShape: TensorShape(height: 7, width: 5, channels: 3), poolSize: 2).outputShape
                == TensorShape(height: 3, width: 2, channels: 3), "the border beyond whole blocks is left out")
        #expect(DropoutLayer(inputShape: .vector(7), rate: 0.5).outputShape == .vector(7))
    }

    @Test func aLayerDrawsItsBiasesThenItsWeights() throws {
        var generator = SeededGenerator(seed: 1)
        let layer = FullyConnectedLayer(inputShape: .vector(4), outputCount: 3, activation: .relu,
                                        initializer: .scaledGaussian, generator: &generator)
        var reference = SeededGenerator(seed: 1)
        let draws = (0..<15).map { _ in reference.nextGaussian() }
        #expect(layer.biases == Array(draws[0..<3]))
        #expect(layer.weights.elements == draws[3...].map { $0 * 0.5 })
        #expect(generator.nextGaussian() == reference.nextGaussian())
    }

    @Test func network3InitialisesByFanOutAndStartsSoftmaxAtZero() throws {
        var generator = SeededGenerator(seed: 2)
        let conv = ConvolutionLayer(inputShape: TensorShape(height: 28, width: 28), featureMaps: 20, kernelSize: 5,
                                    activation: .relu, initializer: .fanOutGaussian, poolSize: 2, generator: &generator)
        // n_out = 20·25/4 = 125: the weights' standard deviation is 1/√125 ≈ 0.089.
        let deviation = (conv.weights.elements.reduce(0) { $0 + Double($1 * $1) } / Double(conv.weights.elements.count)).squareRoot()
        #expect(abs(deviation - 1 / 125.0.squareRoot()) < 0.01)
        var before = generator
        let softmax = FullyConnectedLayer(inputShape: .vector(100), outputCount: 10, activation: .softmax,
                                          initializer: .fanOutGaussian, generator: &generator)
        #expect(softmax.weights.elements.allSatisfy { $0 == 0 } && softmax.biases.allSatisfy { $0 == 0 })
        #expect(generator.next() == before.next(), "a zero layer draws nothing")
    }

    @Test func layersThatDoNotFitAreRefused() throws {
        var generator = SeededGenerator(seed: 3)
        let small = TensorShape(height: 2, width: 2, channels: 40)
        let conv = ConvolutionLayer(inputShape: small, kernelSize: 5, weights: Matrix(rows: 2, columns: 25 * 40),
                                    biases: [0, 0], activation: .relu)
        #expect(throws: NetworkError.kernelDoesNotFit(layer: 1, kernelSize: 5, input: small)) { try conv.validate(position: 1) }
        #expect(NetworkError.kernelDoesNotFit(layer: 3, kernelSize: 5, input: small).description
                == "the 5×5 kernel of layer 3 does not fit its 2×2 input maps; use a kernel of at most 2")
        #expect(throws: NetworkError.poolDoesNotFit(layer: 2, poolSize: 3, input: small)) {
            try MaxPoolingLayer(inputShape: small, poolSize: 3).validate(position: 2)
        }
        #expect(throws: NetworkError.invalidDropoutRate(layer: 1, rate: 1)) {
            try DropoutLayer(inputShape: .vector(3), rate: 1).validate(position: 1)
        }
        let first = FullyConnectedLayer(inputShape: .vector(4), outputCount: 3, activation: .sigmoid,
                                        initializer: .gaussian, generator: &generator)
        let second = FullyConnectedLayer(inputShape: .vector(5), outputCount: 2, activation: .sigmoid,
                                         initializer: .gaussian, generator: &generator)
        #expect(throws: NetworkError.shapeMismatch(layer: 2, expected: .vector(3), actual: .vector(5))) {
            try Network(layers: [first, second], cost: .quadratic)
        }
        #expect(throws: NetworkError.noLayers) { try Network(layers: [], cost: .quadratic) }
        // A 4096×4096 image is 16.7M values; a 2×2 convolution of 4 maps on it needs 4× that in patches.
        let huge = TensorShape(height: 4096, width: 4096)
        let wide = ConvolutionLayer(inputShape: huge, kernelSize: 2, weights: Matrix(rows: 4, columns: 4),
                                    biases: [0, 0, 0, 0], activation: .relu)
        #expect(throws: NetworkError.tooManyValuesPerSample(layer: 1, count: 4095 * 4095 * 4, limit: Network.maximumValuesPerSample)) {
            try Network(layers: [wide], cost: .quadratic)
        }
    }

    @Test func convolutionComputesEachMapFromItsSharedFilter() throws {
        // A 3×3 input with 2 channels, two 2×2 filters: map 0 sums channel 0 of its field, map
        // 1 takes channel 1 at its top-left corner minus channel 0 at its bottom-right, + 1.
        var w = Matrix(rows: 2, columns: 8)
        for dy in 0..<2 { for dx in 0..<2 { w[0, (dy * 2 + dx) * 2] = 1 } }
        w[1, 1] = 1            // (dy 0, dx 0, c 1)
        w[1, (3 * 2)] = -1     // (dy 1, dx 1, c 0)
        let conv = ConvolutionLayer(inputShape: TensorShape(height: 3, width: 3, channels: 2), kernelSize: 2,
                                    weights: w, biases: [0, 1], activation: .linear)
        let network = try Network(layers: [conv], cost: .quadratic)
        // Channel 0 holds 1…9 row by row, channel 1 holds 10…90.
        var input: [Float] = []
        for i in 1...9 { input += [Float(i), Float(10 * i)] }
        let output = network.feedforward(Matrix(rows: 1, columns: 18, elements: input)).elements
        let channel0: [[Float]] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
        for y in 0..<2 {
            for x in 0..<2 {
                let top: Float = channel0[y][x] + channel0[y][x + 1]
                let sum: Float = top + channel0[y + 1][x] + channel0[y + 1][x + 1]
                #expect(output[(y * 2 + x) * 2] == sum)
                #expect(output[(y * 2 + x) * 2 + 1] == 10 * channel0[y][x] - channel0[y + 1][x + 1] + 1)
            }
        }
    }

    @Test func maxPoolingTakesTheLargestOfEachBlock() throws {
        let pool = MaxPoolingLayer(inputShape: TensorShape(height: 4, width: 5, channels: 1), poolSize: 2)
        let network = try Network(layers: [pool], cost: .quadratic)
        let rows: [[Float]] = [[1, 5, 2, 0, 9], [3, 4, 8, 1, 9], [0, -1, 7, 7, 9], [-2, -3, 6, 1, 9]]
        let input = rows.flatMap { $0 }
        #expect(network.feedforward(Matrix(rows: 1, columns: 20, elements: input)).elements == [5, 8, 0, 7])
    }
}
