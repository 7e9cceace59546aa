import Testing
import NeuralNet

struct NetworkTests {
    private func make(_ sizes: [Int], _ activations: [Activation], _ cost: Cost = .quadratic,
                      initializer: WeightInitializer = .gaussian, seed: UInt64 = 1) throws(NetworkError) -> Network {
        var generator = SeededGenerator(seed: seed)
        return try Network(sizes: sizes, activations: activations, cost: cost, initializer: initializer, generator: &generator)
    }

    @Test func shapesFollowTheBook() throws {
        let network = try make([784, 30, 10], [.sigmoid, .sigmoid])
        #expect(network.weights.map { [$0.rows, $0.columns] } == [[30, 784], [10, 30]])
        #expect(network.biases.map(\.count) == [30, 10])
        #expect(network.sizes == [784, 30, 10])
    }

    @Test func gaussianDrawsBiasesFirstThenWeights() throws {
        let network = try make([2, 3, 1], [.sigmoid, .sigmoid], seed: 4)
        var generator = SeededGenerator(seed: 4)
        let draws = (0..<13).map { _ in generator.nextGaussian() }
        #expect(network.biases.joined().map { $0 } == Array(draws[0..<4]))
        #expect(network.weights[0].elements == Array(draws[4..<10]))
        #expect(network.weights[1].elements == Array(draws[10..<13]))
    }

    @Test func scaledGaussianDividesWeightsBySquareRootOfInputs() throws {
        let plain = try make([400, 20, 10], [.sigmoid, .sigmoid], seed: 6)
        let scaled = try make([400, 20, 10], [.sigmoid, .sigmoid], initializer: .scaledGaussian, seed: 6)
        #expect(scaled.biases == plain.biases)
        #expect(scaled.weights[0].elements == plain.weights[0].elements.map { $0 * (1 / Float(400).squareRoot()) })
    }

    @Test(arguments: [
        ([3], [Activation](), Cost.quadratic,
         "a network needs at least two layer sizes (input and output), got [3]; for example [784, 30, 10]"),
        ([3, 0, 2], [.sigmoid, .sigmoid], .quadratic, "layer 1 has 0 neurons; every layer needs at least one"),
        ([100_000, 100_000, 10], [.sigmoid, .sigmoid], .quadratic,
         "a network with sizes [100000, 100000, 10] would have more than 100000000 weights and biases; use smaller layers"),
        ([3, 4, 2], [.sigmoid], .quadratic, "3 layer sizes need 2 activations (one per layer after the input), got 1"),
        ([3, 4, 2], [.softmax, .sigmoid], .quadratic,
         "softmax is only allowed on the output layer, but layer 1 is a hidden layer; use sigmoid, tanh or relu there"),
        ([3, 2], [.tanh], .crossEntropy,
         "the cross-entropy cost is undefined for a tanh output layer: it takes ln a and ln(1 − a), so every output must "
         + "lie strictly between 0 and 1, but tanh outputs can be negative; use a sigmoid or softmax output layer, or the quadratic cost"),
        ([3, 2], [.relu], .logLikelihood,
         "the log-likelihood cost is undefined for a relu output layer: it takes −ln a_y, so outputs must be positive "
         + "probabilities, but relu outputs can be 0 or greater than 1; use a sigmoid or softmax output layer, or the quadratic cost"),
    ])
    func badArchitecturesAreRejected(sizes: [Int], activations: [Activation], cost: Cost, message: String) {
        #expect {
            try make(sizes, activations, cost)
        } throws: { error in
            (error as? NetworkError)?.description == message
        }
    }

    @Test func parametersRoundTripThroughTheValidatingInitialiser() throws {
        let network = try make([4, 3, 2], [.relu, .softmax], .logLikelihood)
        let copy = try Network(sizes: network.sizes, weights: network.weights, biases: network.biases,
                               activations: network.activations, cost: network.cost)
        #expect(copy == network)
    }

    @Test func wrongParameterShapesAndValuesAreRejected() throws {
        let n = try make([4, 3, 2], [.sigmoid, .sigmoid])
        func message(weights: [Matrix]? = nil, biases: [[Float]]? = nil) -> String? {
            do {
                _ = try Network(sizes: n.sizes, weights: weights ?? n.weights, biases: biases ?? n.biases,
                                activations: n.activations, cost: n.cost)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message(weights: [n.weights[0]]) == "expected 2 weight matrices (one per layer after the input), got 1")
        #expect(message(weights: [Matrix(rows: 4, columns: 3), n.weights[1]])
                == "the weights of layer 1 must be 3 × 4, got 4 × 3")
        #expect(message(biases: [n.biases[0]]) == "expected 2 bias vectors (one per layer after the input), got 1")
        #expect(message(biases: [n.biases[0], [1]]) == "layer 2 must have 2 biases, got 1")
        var nan = n.weights
        nan[1][1, 2] = .nan
        #expect(message(weights: nan) == "weight w_1,2 of layer 2 is NaN or infinite; the network cannot be used")
        var infinite = n.biases
        infinite[0][2] = .infinity
        #expect(message(biases: infinite) == "bias b_2 of layer 1 is NaN or infinite; the network cannot be used")
        var shortened = n.weights
        shortened[0].elements.removeLast()
        #expect(message(weights: shortened) == "the weights of layer 1 must hold 12 elements (rows × columns), got 11")
    }

    @Test func validateCatchesEditsThatBreakInvariants() throws {
        var network = try make([4, 3, 2], [.sigmoid, .sigmoid])
        try network.validate()
        network.cost = .crossEntropy
        try network.validate()
        network.activations[1] = .tanh
        #expect(throws: NetworkError.undefinedCost(.crossEntropy, outputActivation: .tanh)) { try network.validate() }
    }
}
