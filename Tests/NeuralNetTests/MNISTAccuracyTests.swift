import Testing
import NeuralNet

/// The book's network on real MNIST: trained on the 5,000-image subset, tested on the 10,000
/// official test images (numpy reference of the same algorithm: 89.9–90.4% after 30 epochs).
///
/// With N(0, 1) weights on 784 inputs, about one seed in six leaves an output neuron saturated
/// for good and ends near 82% — in numpy too (measured 3 of 20 default_rng seeds, 5 of 28 of
/// ours) — so the seed is fixed: seed 3 reaches 89.87% here.
struct MNISTAccuracyTests {
    @Test func bookConfigurationOnFiveThousandImagesReachesEightyNinePercent() throws {
        let training = try TestData.examples("mnist-train-5k/train")
        let test = try TestData.examples("mnist/t10k")
        #expect(training.count == 5_000 && test.count == 10_000)
        var generator = SeededGenerator(seed: 3)
        var network = try Network(sizes: [784, 30, 10], activations: [.sigmoid, .sigmoid], cost: .quadratic,
                                  initializer: .gaussian, generator: &generator)
        let sgd = MiniBatchSGD(configuration: TrainingConfiguration(epochs: 30, learningRate: 3, miniBatchSize: 10))
        let outcome = try sgd.train(&network, on: training, generator: &generator)
        #expect(outcome.epochsCompleted == 30)
        let evaluation = network.evaluate(test)
        #expect(evaluation.accuracy >= 0.89, "test accuracy \(evaluation.correct) / \(evaluation.total)")
    }
}
