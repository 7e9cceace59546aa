import Testing
@testable import NeuralNet

/// Chapters 5 and 6 on real MNIST, small enough for `swift test`: a convolutional network
/// learns the digits, and a deep sigmoid network shows the vanishing gradient.
struct ConvolutionalMNISTTests {
    /// conv 8@5×5 ReLU → pool 2 → softmax, network3's initialisation and cost, η = 0.03, 4 epochs
    /// on the 5,000-image subset, on two threads: tested on the 10,000 official test images it
    /// reaches 92.0% (softmax on the pixels alone, the same way: about 89%).
    @Test func aSmallConvolutionalNetworkLearnsTheDigits() throws {
        let training = try TestData.examples("mnist-train-5k/train")
        let test = try TestData.examples("mnist/t10k")
        var generator = SeededGenerator(seed: 1)
        let conv = ConvolutionLayer(inputShape: TensorShape(height: 28, width: 28), featureMaps: 8, kernelSize: 5,
                                    activation: .relu, initializer: .fanOutGaussian, poolSize: 2, generator: &generator)
        let pool = MaxPoolingLayer(inputShape: conv.outputShape, poolSize: 2)
        let output = FullyConnectedLayer(inputShape: pool.outputShape, outputCount: 10, activation: .softmax,
                                         initializer: .fanOutGaussian, generator: &generator)
        var network = try Network(layers: [conv, pool, output], cost: .logLikelihood)
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 4, learningRate: 0.03, miniBatchSize: 10, threads: 2))
        _ = try sgd.train(&network, on: training, generator: &generator)
        let evaluation = network.evaluate(test, threads: 2)
        #expect(evaluation.accuracy >= 0.91, "test accuracy \(evaluation.correct) / \(evaluation.total)")
    }

    /// The book's chapter 5: in [784, 30, 30, 30, 10] (sigmoid, cross-entropy, N(0, 1/n_in))
    /// the first hidden layer learns far more slowly than the third at initialisation — the
    /// book measures ‖∂C/∂b‖ = 0.012, 0.060, 0.283 on 1,000 training images, a ratio of 24.
    @Test func theFirstHiddenLayerOfADeepNetworkLearnsSlowest() throws {
        let images = try TestData.examples("mnist-train-5k/train", limit: 1_000)
        var ratios: [Double] = []
        for seed: UInt64 in 1...5 {
            var generator = SeededGenerator(seed: seed)
            let network = try Network(sizes: [784, 30, 30, 30, 10], activations: [.sigmoid, .sigmoid, .sigmoid, .sigmoid],
                                      cost: .crossEntropy, initializer: .scaledGaussian, generator: &generator)
            let speeds = network.learningSpeeds(on: images).values
            #expect(speeds[0] < speeds[1] && speeds[1] < speeds[2], "seed \(seed): \(speeds)")
            ratios.append(speeds[2] / speeds[0])
        }
        let median = ratios.sorted()[2]
        #expect(median > 24.0 / 2 && median < 24.0 * 2, "third/first hidden layer: \(ratios)")
    }
}
