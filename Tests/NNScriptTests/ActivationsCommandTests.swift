import Testing
@testable import NNScript

/// `activations SET[I]`: every layer's z and a for one input.
@Suite struct ActivationsCommandTests {
    @Test func listsZAndABarsForEveryLayer() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        #expect(harness.run("activations test[7]") == .success)
        #expect(harness.output == ShowCommandTests.testSeven + "\n\n" + """
            layer 1, hidden layer of 10 sigmoid neurons: j, z^1_j and a bar for a^1_j
            0  z   8.232 │██████████████████████████████████████████████████████████ 1.000
            1  z   6.638 │█████████████████████████████████████████████████████████▉ 0.999
            2  z  18.992 │██████████████████████████████████████████████████████████ 1.000
            3  z  -7.495 │                                                           0.001
            4  z -20.587 │                                                           0.000
            5  z   1.188 │████████████████████████████████████████████▌              0.766
            6  z   4.185 │█████████████████████████████████████████████████████████▏ 0.985
            7  z  12.388 │██████████████████████████████████████████████████████████ 1.000
            8  z   9.190 │██████████████████████████████████████████████████████████ 1.000
            9  z  -1.122 │██████████████▎                                            0.246

            layer 2, output layer of 10 sigmoid neurons: j, z^2_j and a bar for a^2_j
            0  z -5.143 │█▊                                                          0.006
            1  z -1.447 │██████████████████████████████████████████████████████████▉ 0.190
            2  z -4.117 │█████                                                       0.016
            3  z -1.862 │█████████████████████████████████████████▋                  0.134
            4  z -3.089 │█████████████▌                                              0.044
            5  z -4.457 │███▌                                                        0.011
            6  z -3.537 │████████▊                                                   0.028
            7  z -1.446 │███████████████████████████████████████████████████████████ 0.191 ◀
            8  z -4.275 │████▎                                                       0.014
            9  z -3.308 │██████████▉                                                 0.035

            """)
    }

    @Test func theValuesAreTheNetworksTrace() throws {
        let network = try ViewFixture.untrainedNetwork(sizes: [784, 3, 10])
        let harness = try ViewFixture.harness(network: network)
        harness.run("activations test[1]")
        let set = try #require(harness.interpreter.session.dataSet(.test))
        let trace = network.trace(set.examples.input(at: 1))
        for (layer, values) in trace.enumerated() {
            let weightedInputs = try #require(values.weightedInputs)
            for j in weightedInputs.indices {
                let z = String(format: "%.3f", weightedInputs[j])
                let a = String(format: "%.3f", values.activations[j])
                #expect(harness.output.contains("\(z) │"), "layer \(layer + 1) z_\(j)")
                #expect(harness.output.contains(" \(a)"), "layer \(layer + 1) a_\(j)")
            }
        }
        #expect(harness.output.contains("layer 2, output layer of 10 sigmoid neurons"))
    }

    @Test func asciiAndPlainOutputHaveNoEscapes() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork(),
                                              options: SessionOptions(unicode: false))
        harness.run("activations test[0]")
        #expect(!harness.output.contains("\u{1B}"))
        #expect(harness.output.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func needsTheImage() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        harness.run("activations validation[0]")
        #expect(harness.errors.hasPrefix("1:13: no validation set is loaded"))
    }
}
