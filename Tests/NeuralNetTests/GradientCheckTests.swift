import Testing
@testable import NeuralNet

/// Backpropagation (Float, the training code path) against central finite differences of an
/// independent Double implementation of the cost (`ReferenceNetwork`), for every layer kind
/// (fully connected, convolution, max-pooling, dropout, and all of them stacked) × every hidden
/// activation × every defined output activation and cost, with and without L2.
struct GradientCheckTests {
    static let pairs: [(Activation, Cost)] = Cost.allCases.flatMap { cost in
        Activation.allCases.filter { cost.isDefined(for: $0) }.map { ($0, cost) }
    }
    static let hiddenActivations: [Activation] = [.sigmoid, .tanh, .relu, .linear]

    /// The networks checked, by the kind of layer they exercise: each ends in a fully connected
    /// output layer of 3 with `output` and takes inputs of `inputShape`.
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case fullyConnected, convolution, maxPooling, dropout, stacked
        var testDescription: String { rawValue }

        var inputShape: TensorShape {
            switch self {
            case .fullyConnected, .dropout: return .vector(4)
            case .convolution: return TensorShape(height: 5, width: 4, channels: 2)
            case .maxPooling: return TensorShape(height: 6, width: 7, channels: 1)
            case .stacked: return TensorShape(height: 8, width: 8, channels: 1)
            }
        }

        func network(hidden: Activation, output: Activation, cost: Cost, generator g: inout SeededGenerator) throws -> Network {
            var layers: [any Layer] = []
            var shape = inputShape
            func add(_ layer: any Layer) { layers.append(layer); shape = layer.outputShape }
            func dense(_ n: Int, _ act: Activation) -> any Layer {
                FullyConnectedLayer(inputShape: shape, outputCount: n, activation: act, initializer: .scaledGaussian, generator: &g)
            }
            func conv(_ maps: Int, _ k: Int) -> any Layer {
                ConvolutionLayer(inputShape: shape, featureMaps: maps, kernelSize: k, activation: hidden,
                                 initializer: .scaledGaussian, generator: &g)
            }
            switch self {
            case .fullyConnected: add(dense(5, hidden)); add(dense(4, hidden))
            case .convolution: add(conv(3, 3))
            case .maxPooling: add(conv(2, 3)); add(MaxPoolingLayer(inputShape: shape, poolSize: 2))
            case .dropout: add(dense(6, hidden)); add(DropoutLayer(inputShape: shape, rate: 0.5))
            case .stacked:
                add(conv(2, 3)); add(MaxPoolingLayer(inputShape: shape, poolSize: 2)); add(conv(3, 2))
                add(DropoutLayer(inputShape: shape, rate: 0.3)); add(dense(4, hidden))
            }
            add(dense(3, output))
            return try Network(layers: layers, cost: cost)
        }
    }

    @Test func everyDefinedPairIsChecked() {
        #expect(Self.pairs.count == 9)
    }

    @Test(arguments: Kind.allCases, hiddenActivations)
    func backpropagationMatchesFiniteDifferences(kind: Kind, hidden: Activation) throws {
        for (output, cost) in Self.pairs {
            for lambda: Float in [0, 0.7] {
                try check(kind, hidden: hidden, output: output, cost: cost, lambda: lambda)
            }
        }
    }

    /// Networks refuse hidden softmax layers, but its Jacobian product is implemented anyway
    /// (an edited network must not crash backpropagation), so check it too.
    @Test func softmaxInAHiddenLayerBackpropagatesCorrectly() throws {
        var generator = SeededGenerator(seed: 11)
        var network = try Kind.fullyConnected.network(hidden: .sigmoid, output: .sigmoid, cost: .crossEntropy, generator: &generator)
        network.activations = [.softmax, .softmax, .sigmoid]   // validation would refuse this
        try check(network, lambda: 0.3, generator: &generator, context: "hidden softmax")
    }

    /// Checks the first network of `kind` (seeds 11, 12, …) whose gradient is not all but zero:
    /// with ReLU a small random network can be dead for every sample, which would test nothing.
    private func check(_ kind: Kind, hidden: Activation, output: Activation, cost: Cost, lambda: Float) throws {
        let context = "\(kind) \(hidden)/\(output)/\(cost) λ=\(lambda)"
        for seed: UInt64 in 11..<41 {
            var generator = SeededGenerator(seed: seed)
            let network = try kind.network(hidden: hidden, output: output, cost: cost, generator: &generator)
            var probe = generator
            let batch = Self.batch(for: network, generator: &probe)
            let largest = network.gradient(on: batch).compactMap { $0?.weights.elements.map(abs).max() }.max() ?? 0
            guard largest > 1e-3 else { continue }
            return try check(network, lambda: lambda, generator: &generator, context: context)
        }
        Issue.record("no seed gives a network with a gradient to check (\(context))")
    }

    static let batchSize = 5

    /// `batchSize` samples with inputs uniform in [−1, 1) and labels 0, 1, 2, 0, 1.
    static func batch(for network: Network, generator: inout SeededGenerator) -> LabeledExamples {
        let width = network.inputCount
        let inputs = (0..<batchSize * width).map { _ in Float(2 * generator.nextUniform() - 1) }
        return LabeledExamples(floats: inputs, labels: (0..<batchSize).map { UInt8($0 % 3) }, inputSize: width, classCount: 3)
    }

    private func check(_ network: Network, lambda: Float, generator: inout SeededGenerator, context: String) throws {
        let (m, n, width) = (Self.batchSize, 20, network.inputCount)
        let batch = Self.batch(for: network, generator: &generator)
        let inputs = batch.input(at: 0) + (1..<m).flatMap { batch.input(at: $0) }
        let labels = (0..<m).map { UInt8(batch.label(at: $0)) }
        var masks = generator
        let backprop = network.gradient(on: batch, lambda: lambda, trainingCount: n, dropoutMasksFrom: &generator)

        var reference = ReferenceNetwork(network)
        // The masks the training code drew: layer by layer, each for the whole (one-chunk) batch.
        for (l, layer) in network.layers.enumerated() {
            guard let dropout = layer as? DropoutLayer else { continue }
            let count = dropout.inputShape.count
            let values = UnsafeMutablePointer<Float>.allocate(capacity: m * count)
            defer { values.deallocate() }
            DropoutKernel.drawMask(into: values, count: m * count, rate: dropout.rate, generator: &masks)
            reference.masks[l] = (0..<m).map { i in (0..<count).map { Double(values[i * count + $0]) } }
            #expect(reference.masks[l]?.joined().contains(0) == true, "\(context): no value dropped")
        }
        let x = (0..<m).map { i in (0..<width).map { Double(inputs[i * width + $0]) } }
        let y = labels.map(Int.init)
        func totalCost(_ r: ReferenceNetwork) -> Double { r.totalCost(inputs: x, labels: y, lambda: Double(lambda), n: n) }
        let h = 1e-6
        var largest = 0.0
        for l in reference.parameters.indices {
            guard let gradient = backprop[l] else {
                #expect(reference.parameters[l].weights.isEmpty, "\(context): layer \(l + 1) has no gradient")
                continue
            }
            for i in reference.parameters[l].weights.indices {
                var plus = reference, minus = reference
                plus.parameters[l].weights[i] += h
                minus.parameters[l].weights[i] -= h
                let numeric = (totalCost(plus) - totalCost(minus)) / (2 * h)
                largest = max(largest, abs(numeric))
                expectClose(Double(gradient.weights.elements[i]), numeric, "\(context) ∂C/∂w[\(l + 1)][\(i)]")
            }
            for j in reference.parameters[l].biases.indices {
                var plus = reference, minus = reference
                plus.parameters[l].biases[j] += h
                minus.parameters[l].biases[j] -= h
                let numeric = (totalCost(plus) - totalCost(minus)) / (2 * h)
                expectClose(Double(gradient.biases[j]), numeric, "\(context) ∂C/∂b[\(l + 1)][\(j)]")
            }
        }
        #expect(largest > 1e-3, "gradient too small to test anything (\(context))")
    }

    private func expectClose(_ backprop: Double, _ numeric: Double, _ what: String) {
        let error = abs(backprop - numeric)
        #expect(error <= 1e-2 * max(abs(backprop), abs(numeric)) + 1e-5,
                "\(what): backprop \(backprop) vs finite difference \(numeric)")
    }
}
