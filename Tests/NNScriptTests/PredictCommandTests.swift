import Testing
@testable import NNScript

/// `predict SET[I]`: the image, the output activations as bars with the prediction marked,
/// predicted vs true label and the cost of that input.
@Suite struct PredictCommandTests {
    @Test func showsOutputsPredictionAndCost() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        #expect(harness.run("predict test[7]") == .success)
        #expect(harness.output == ShowCommandTests.testSeven + "\n\n" + """
            predicted 7 (a = 0.191), true 9: wrong
            output activations a^L (sigmoid):
            0 │██▏                                                                   0.006
            1 │████████████████████████████████████████████████████████████████████▉ 0.190
            2 │█████▊                                                                0.016
            3 │████████████████████████████████████████████████▋                     0.134
            4 │███████████████▊                                                      0.044
            5 │████▏                                                                 0.011
            6 │██████████▎                                                           0.028
            7 │█████████████████████████████████████████████████████████████████████ 0.191 ◀
            8 │█████                                                                 0.014
            9 │████████████▊                                                         0.035
            cost C_x = 0.5123 (quadratic)

            """)
    }

    @Test func theCostIsTheNetworksOwnCostOfThatOneInput() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        harness.run("predict test[3]")
        let set = try #require(harness.interpreter.session.dataSet(.test))
        let cost = trained.network.evaluate(set.examples.subset(3 ..< 4)).cost
        #expect(harness.output.contains("cost C_x = \(String(format: "%.4f", cost)) (quadratic)"))
        #expect(harness.output.contains("true 0: correct"))
    }

    @Test func colourHighlightsTheVerdictAndPlainHasNoEscapes() throws {
        let trained = try #require(ViewFixture.trained)
        let colour = try ViewFixture.harness(network: trained.network, options: SessionOptions(isTerminal: true, color: true))
        colour.run("predict test[7]")
        #expect(colour.output.contains("\u{1B}[1m\u{1B}[38;5;"))
        let plain = try ViewFixture.harness(network: trained.network)
        plain.run("predict test[7]")
        #expect(!plain.output.contains("\u{1B}"))
    }

    @Test func needsANetworkThatFitsTheImages() throws {
        let none = try ViewFixture.harness()
        none.run("predict test[0]")
        #expect(none.errors == """
            1:1: no network yet — create one with 'net 784 30 10'
              predict test[0]
              ^~~~~~~

            """)
        let small = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork(sizes: [100, 10]))
        small.run("predict test[0]")
        #expect(small.errors.hasPrefix("1:9: the network has 100 input neurons but the test images have 784 pixels (28×28)"))
        let outOfRange = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        outOfRange.run("predict test[-1001]")
        #expect(outOfRange.errors.hasPrefix("1:9: test[-1001] does not exist: test has 1000 images"))
    }
}
