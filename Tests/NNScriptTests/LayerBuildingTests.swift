import NeuralNet
import TestSupport
import Testing
@testable import NNScript

/// Building chapter 6's networks layer by layer: `net input=`, `conv`, `pool`, `dropout`,
/// `layer dropout=`, the summary after every layer, and layers that do not fit.
@Suite struct LayerBuildingTests {
    static let book = """
        net input=28x28 cost=log-likelihood init=network3
        conv 20 kernel=5 act=relu pool=2
        conv 40 kernel=5 act=relu
        pool 2
        layer 100 act=relu dropout=0.5
        layer 10 act=softmax
        """

    @Test func theBooksConvolutionalNetwork() throws {
        let session = InterpreterHarness()
        #expect(session.run(Self.book) == .success, "\(session.errors)")
        let network = try #require(session.interpreter.session.network)
        #expect(network.layers.map(\.kindName) == ["convolution", "max-pooling", "convolution", "max-pooling",
                                                   "fully connected", "dropout", "fully connected"])
        #expect(network.layers.map(\.outputShape.description) == ["24×24×20", "12×12×20", "8×8×40", "4×4×40", "100", "100", "10"])
        #expect(network.parameterCount == 520 + 20_040 + 64_100 + 1_010)
        #expect(session.output.hasSuffix("""
            ┌───┬─────────────────┬──────────┬────────────┬────────────┐
            │ # │ layer           │ output   │ parameters │ activation │
            ├───┼─────────────────┼──────────┼────────────┼────────────┤
            │ 0 │ input           │ 28×28×1  │          0 │            │
            │ 1 │ convolution 5×5 │ 24×24×20 │        520 │ relu       │
            │ 2 │ max-pooling 2×2 │ 12×12×20 │          0 │            │
            │ 3 │ convolution 5×5 │ 8×8×40   │     20,040 │ relu       │
            │ 4 │ max-pooling 2×2 │ 4×4×40   │          0 │            │
            │ 5 │ fully connected │ 100      │     64,100 │ relu       │
            │ 6 │ dropout p = 0.5 │ 100      │          0 │            │
            │ 7 │ fully connected │ 10       │      1,010 │ softmax    │
            └───┴─────────────────┴──────────┴────────────┴────────────┘
            85,670 weights and biases · log-likelihood cost

            """))
        // The output layer starts at zero (network3); every layer printed the summary so far.
        #expect((network.layers[6] as? FullyConnectedLayer)?.weights.elements.allSatisfy { $0 == 0 } == true)
        #expect(session.output.components(separatedBy: "│ # │ layer").count == 6)
        session.sink.clear()
        session.run("info")
        #expect(session.output.contains("│ 3 │ convolution 5×5 │ 8×8×40   │     20,040 │ relu       │"))
    }

    @Test func aLayerThatDoesNotFitIsRefusedAndTheNetworkKept() throws {
        let session = InterpreterHarness()
        session.run("net input=28x28 cost=log-likelihood; conv 20 kernel=5 pool=2; conv 40 kernel=5 pool=2")
        let before = try #require(session.interpreter.session.draft)
        session.sink.clear()
        #expect(session.run("conv 10 kernel=5") == .failure)
        #expect(session.errors.hasPrefix("""
            1:16: kernel 5×5 does not fit the 4×4 maps of layer 4 (max-pooling 2×2 → 4×4×40) — use at most 4, \
            or shrink the maps less before it
              conv 10 kernel=5
                             ^
            """))
        #expect(session.interpreter.session.draft == before)
        #expect(session.run("pool 5") == .failure)
        #expect(session.errors.contains("pooling 5×5 does not fit the 4×4 maps of layer 4"))
        #expect(session.run("conv 10 kernel=3 pool=3") == .failure)
        #expect(session.errors.contains("pooling 3×3 does not fit the 2×2 maps of layer 5 (convolution 3×3 → 2×2×10)"))
        #expect(session.interpreter.session.draft == before)
    }

    @Test func convolutionNeedsMaps() {
        let session = MissingStateTests.sessionWithData()
        session.run("net 784 cost=log-likelihood")
        #expect(session.run("conv 20") == .failure)
        #expect(session.errors.hasPrefix("""
            1:1: kernel needs maps, not the flat vector of 784 values of the input (784) — start the network \
            with its image shape, 'net input=28x28'
            """))
        session.run("net input=28x28; layer 30")
        #expect(session.run("conv 20") == .failure)
        #expect(session.errors.contains("put convolution and pooling layers before the fully connected ones"))
    }

    @Test func theInputMustMatchTheData() {
        let session = MissingStateTests.sessionWithData()
        #expect(session.run("net input=28x27") == .failure)
        #expect(session.errors.hasPrefix("1:11: the network has 756 input neurons but the train images have 784 pixels"))
        #expect(session.run("net input=28x28") == .success)
        #expect(session.run("net input=784") == .success)
        #expect(session.interpreter.session.draft?.inputShape == .vector(784))
    }

    @Test func netNeedsSizesOrAnInput() {
        let session = InterpreterHarness()
        #expect(session.run("net act=relu") == .failure)
        #expect(session.errors.hasPrefix("1:1: give the layer sizes, input first (net 784 30 10), or the input shape"))
        #expect(session.run("net 784 30 10 input=28x28") == .failure)
        #expect(session.errors.contains("1:21: give either layer sizes (net 784 30 10) or an input shape (net input=28x28), not both"))
        #expect(session.run("net input=28x0") == .failure)
        #expect(session.errors.contains("'input'"))
        #expect(session.run("net input=46340x46340") == .failure)
        #expect(session.errors.contains("one sample would take 2147395600 values at the input, more than the 16777216 nns allows"))
        #expect(session.run("net 100000000") == .failure)
        #expect(session.run("net input=banana") == .failure)
        #expect(session.errors.contains("expected a shape like 28x28, 28x28x3 or 784 for 'input', got 'banana'"))
    }

    @Test func dropoutLayers() throws {
        let session = InterpreterHarness()
        #expect(session.run("net 784; layer 30 dropout=0.25; dropout 0.5; layer 10") == .success)
        let network = try #require(session.interpreter.session.network)
        #expect(network.layers.compactMap { ($0 as? DropoutLayer)?.rate } == [0.25, 0.5])
        #expect(session.run("dropout 1") == .failure)
        #expect(session.errors.contains("'p' must be at least 0 and below 1"))
    }

    @Test func convolutionFiltersAndFeatureMaps() throws {
        let session = MissingStateTests.sessionWithData()
        session.run("seed 3\nnet input=28x28 cost=log-likelihood\nconv 6 kernel=5 act=relu pool=2\nlayer 10 act=softmax")
        session.sink.clear()
        #expect(session.run("weights layer=1 grid") == .success, "\(session.errors)")
        #expect(session.output.hasPrefix("layer 1: incoming weights w^1_jk of its 6 maps j, each as a 5×5 map"))
        session.sink.clear()
        #expect(session.run("weights layer=1") == .success, "the filters, as the book draws them")
        #expect(session.output.hasPrefix("layer 1: incoming weights w^1_jk of its 6 maps j, each as a 5×5 map"))
        let directory = try ScratchDirectory()
        session.sink.clear()
        #expect(session.run("weights layer=1 to=\"\(directory.path)/filters.png\"") == .success, "\(session.errors)")
        #expect(session.output.hasPrefix("wrote \(directory.path)/filters.png: incoming weights of the 6 maps of layer 1"))
        session.sink.clear()
        #expect(session.run("weights layer=2") == .failure)
        #expect(session.errors.contains("layer 2 is a max-pooling layer, which has no weights; the layers with weights are 1, 3"))
        session.sink.clear()
        #expect(session.run("activations test[0]") == .success, "\(session.errors)")
        #expect(session.output.contains("layer 1, convolution 5×5: 6 maps of 24×24"))
        #expect(session.output.contains("layer 2, max-pooling 2×2: 6 maps of 12×12"))
        #expect(session.output.contains("layer 3, output layer of 10 softmax neurons"))
    }

    @Test func threadsAreASessionSetting() {
        let session = InterpreterHarness(SessionOptions(processorCount: 2))
        session.run("threads")
        #expect(session.output == "threads auto (1 for small networks, 2 for large ones on this machine's 2 cores)\n")
        session.sink.clear()
        session.run("threads 2; threads; net 784 30 10; threads auto")
        #expect(session.output.hasPrefix("threads 2\nthreads 2\n"))
        #expect(session.output.hasSuffix("threads auto (1 for training this network at m = 10, 2 for evaluating it; 2 cores)\n"))
        #expect(session.run("threads 0") == .failure)
        #expect(session.errors.contains("'0' is not a thread count — give a number from 1 to 64, or auto"))
    }
}
