import NeuralNet
import Testing
@testable import NNScript

/// `net` and `layer`: the book's defaults, the options, layer-by-layer building and its errors.
@Suite struct NetworkCommandTests {
    @Test func netDefaultsAreTheBooksChapterOne() throws {
        let session = InterpreterHarness()
        #expect(session.run("net 784 30 10") == .success)
        #expect(session.output == "net: 784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases, N(0, 1) weights\n")
        let network = try #require(session.interpreter.session.network)
        #expect(network.sizes == [784, 30, 10])
        #expect(network.activations == [.sigmoid, .sigmoid])
        #expect(network.cost == .quadratic)
    }

    @Test func netIsDrawnFromTheSessionGeneratorLikeTheCore() throws {
        let session = InterpreterHarness(SessionOptions(seed: 5))
        session.run("net 784 30 10 cost=cross-entropy init=scaled")
        var generator = SeededGenerator(seed: 5)
        let expected = try Network(sizes: [784, 30, 10], activations: [.sigmoid, .sigmoid], cost: .crossEntropy,
                                   initializer: .scaledGaussian, generator: &generator)
        #expect(session.interpreter.session.network == expected)
        #expect(session.interpreter.session.generator == generator)
    }

    @Test func netOptions() throws {
        let session = InterpreterHarness()
        session.run("net [784, 100, 50, 10] act=relu out=softmax cost=log-likelihood")
        #expect(session.output == "net: 784 → 100 relu → 50 relu → 10 softmax · log-likelihood cost · 84,060 weights and biases, N(0, 1) weights\n")
        let network = try #require(session.interpreter.session.network)
        #expect(network.activations == [.relu, .relu, .softmax])
    }

    @Test func aCostTheOutputLayerCannotTakeIsReportedAtTheCost() {
        let session = InterpreterHarness()
        #expect(session.run("net 784 30 10 act=relu cost=cross-entropy") == .failure)
        #expect(session.errors.hasPrefix("1:29: the cross-entropy cost is undefined for a relu output layer"))
        #expect(session.errors.hasSuffix("  net 784 30 10 act=relu cost=cross-entropy\n                              ^~~~~~~~~~~~~\n"))
        session.sink.clear()
        #expect(session.run("net 784 30 10 out=tanh") == .success)
        #expect(session.errors.isEmpty)
    }

    @Test func tooManyParametersIsRefusedBeforeAllocating() {
        let session = InterpreterHarness()
        #expect(session.run("net 784 100000 100000 10") == .failure)
        #expect(session.errors.hasPrefix("1:5: a network with sizes [784, 100000, 100000, 10] would have more than 100000000 weights and biases"))
        session.sink.clear()
        #expect(session.run("net 784; layer 1000000") == .failure)
        #expect(session.errors.hasPrefix("1:16: a network with sizes [784, 1000000] would have more than"))
    }

    @Test func layerByLayerBuilding() throws {
        let session = InterpreterHarness()
        let outcome = session.run("net 784 cost=log-likelihood init=scaled\nlayer 100 act=relu\nlayer 10 act=softmax")
        #expect(outcome == .success)
        #expect(session.output == """
            started a network with 784 inputs — add layers with 'layer N act=…'
            ┌───┬─────────────────┬────────┬────────────┬────────────┐
            │ # │ layer           │ output │ parameters │ activation │
            ├───┼─────────────────┼────────┼────────────┼────────────┤
            │ 0 │ input           │    784 │          0 │            │
            │ 1 │ fully connected │    100 │     78,500 │ relu       │
            └───┴─────────────────┴────────┴────────────┴────────────┘
            78,500 weights and biases · log-likelihood cost
            not usable yet: the log-likelihood cost needs a sigmoid or softmax output layer, but the last layer is relu — add one, e.g. 'layer 10 act=softmax'
            ┌───┬─────────────────┬────────┬────────────┬────────────┐
            │ # │ layer           │ output │ parameters │ activation │
            ├───┼─────────────────┼────────┼────────────┼────────────┤
            │ 0 │ input           │    784 │          0 │            │
            │ 1 │ fully connected │    100 │     78,500 │ relu       │
            │ 2 │ fully connected │     10 │      1,010 │ softmax    │
            └───┴─────────────────┴────────┴────────────┴────────────┘
            79,510 weights and biases · log-likelihood cost

            """)
        let network = try #require(session.interpreter.session.network)
        #expect(network.sizes == [784, 100, 10])
        #expect(network.activations == [.relu, .softmax])
        #expect(session.interpreter.session.draft == nil)
        // init=scaled from net: weights into layer 1 have standard deviation ≈ 1/√784.
        let weights = network.weights[0].elements
        let variance = weights.reduce(0) { $0 + Double($1 * $1) } / Double(weights.count)
        #expect(abs(variance.squareRoot() - 1 / 28) < 0.002)
    }

    @Test func layerOnTopOfATrainedNetworkKeepsItsLayers() throws {
        let session = InterpreterHarness()
        session.run("net 784 30 10")
        let before = try #require(session.interpreter.session.network)
        session.run("layer 5 act=tanh init=scaled")
        let after = try #require(session.interpreter.session.network)
        #expect(after.sizes == [784, 30, 10, 5])
        #expect(after.weights[0] == before.weights[0] && after.biases[1] == before.biases[1])
    }

    @Test func nothingGoesOnTopOfASoftmaxLayer() {
        let session = InterpreterHarness()
        session.run("net 784 30 10 out=softmax cost=log-likelihood")
        #expect(session.run("layer 10") == .failure)
        #expect(session.errors.hasPrefix("1:1: softmax is only allowed on the output layer"))
        #expect(session.interpreter.session.network?.sizes == [784, 30, 10])
    }

    @Test func aNewNetworkStartsANewHistory() {
        let session = MissingStateTests.sessionWithData()
        session.run("net 784 30 10\nsgd epochs=1")
        #expect(session.interpreter.session.history.count == 1)
        session.run("net 784 30 10")
        #expect(session.interpreter.session.history.isEmpty)
        #expect(session.interpreter.session.lastTraining == nil)
    }
}
