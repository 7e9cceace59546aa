import Testing
import NNSDisplay
@testable import NNScript
import TestSupport

/// `weights`: statistics and histograms per layer, one neuron's heat map, a grid of all neurons,
/// and PNG files of them.
@Suite struct WeightsCommandTests {
    @Test func summarisesEveryLayer() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        #expect(harness.run("weights") == .success)
        #expect(harness.output == """
            network [784, 10, 10]: sigmoid, quadratic cost

            ┌─────┬────────┬───────┬─────────┬────────┬─────────┬────────┐
            │     │ shape  │ count │    mean │    std │     min │    max │
            ├─────┼────────┼───────┼─────────┼────────┼─────────┼────────┤
            │ w^1 │ 10×784 │ 7,840 │  0.0164 │ 0.9944 │ -3.8902 │ 3.7078 │
            │ b^1 │ 10     │    10 │ -0.1760 │ 1.2394 │ -1.9041 │ 2.2390 │
            │ w^2 │ 10×10  │   100 │  0.1047 │ 0.9582 │ -2.2051 │ 2.2140 │
            │ b^2 │ 10     │    10 │ -0.0588 │ 0.8272 │ -1.1152 │ 1.6575 │
            └─────┴────────┴───────┴─────────┴────────┴─────────┴────────┘

            w^1: 7,840 weights into layer 1 (784 → 10, sigmoid)
            [-3.89, -3.26) │▏                                                            6
            [-3.26, -2.62) │▉                                                           30
            [-2.62, -1.99) │███▉                                                       131
            [-1.99, -1.36) │██████████████▏                                            480
            [-1.36, -0.72) │██████████████████████████████████▉                       1183
            [-0.72, -0.09) │██████████████████████████████████████████████████▋       1715
             [-0.09, 0.54) │█████████████████████████████████████████████████████████ 1933
              [0.54, 1.18) │█████████████████████████████████████████▋                1413
              [1.18, 1.81) │████████████████████▍                                      690
              [1.81, 2.44) │██████                                                     204
              [2.44, 3.07) │█▍                                                          47
              [3.07, 3.71] │▎                                                            8

            w^2: 100 weights into layer 2 (10 → 10, sigmoid)
            [-2.21, -1.84) │███████▍                                                     2
            [-1.84, -1.47) │███████▍                                                     2
            [-1.47, -1.10) │█████████████████████████▉                                   7
            [-1.10, -0.73) │█████████████████████████████████▎                           9
            [-0.73, -0.36) │████████████████████████████████████████████▎               12
             [-0.36, 0.00) │███████████████████████████████████████████████████████████ 16
              [0.00, 0.37) │███████████████████████████████████████████████████▋        14
              [0.37, 0.74) │████████████████████████████████████▉                       10
              [0.74, 1.11) │███████████████████████████████████████████████████▋        14
              [1.11, 1.48) │█████████████████████████▉                                   7
              [1.48, 1.85) │███████████▏                                                 3
              [1.85, 2.21] │██████████████▊                                              4

            """)
    }

    @Test func oneLayerOnly() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        harness.run("weights layer=2")
        #expect(harness.output.contains("│ w^2 │ 10×10 │"))
        #expect(!harness.output.contains("w^1"))
    }

    @Test func drawsOneNeuronAsA28By28HeatMap() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        harness.run("weights layer=1 neuron=5")
        #expect(harness.output == """
            layer 1, neuron 5: 784 weights w^1_5k as 28×28, bias b^1_5 = 2.2390
            *   --*  - + -  +-  =  +-*
            + += ++ +  -- +  +=+++- +-
             - @=-*+++ -*+    -++++* --+
              +--+++- +   -++  * = *+- -
            + *-  + -=++ +++ +-+--  - -
            *-*--  *+-+ -- += +    =* +*
             +=++    +   -    - ++-@*+++
            =  - = -   ++=  *--+++ = -+
             -+-=+     ----+ += +  -*+ +
            -      * +   - +  -  *-+ +
            -  = *=+++ -++-  + +-+  -- +
               *+   *  +    ++ -- = +-
             --*+-++ *- --  - --   -*-
              * = +---++*-  =+- =  --+-+
            -2.96 [#=- +*@] +2.96

            """)
    }

    @Test func neuronAloneMeansTheFirstLayer() throws {
        let first = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        first.run("weights neuron=5")
        let explicit = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        explicit.run("weights layer=1 neuron=5")
        #expect(first.output == explicit.output)
    }

    @Test func drawsANeuronOfAHiddenLayerAsSquarelyAsPossible() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork(sizes: [784, 30, 10]))
        harness.run("weights layer=2 neuron=3")
        #expect(harness.output.hasPrefix("layer 2, neuron 3: 30 weights w^2_3k as 6×5, bias b^2_3 = "))
        #expect(harness.output.split(separator: "\n").count == 1 + 3 + 1)
    }

    @Test func drawsTheGridShrunkToFit() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        harness.run("weights layer=1 grid")
        #expect(harness.output == """
            layer 1: incoming weights w^1_jk of its 10 neurons j, each as a 28×28 map
            shown 1:2 (means of 2×2 blocks)
            each map scaled to its own largest |w|: #=- negative, +*@ positive
            -  +   ++-++=         - - --+-   + *++-+*=-  -  -#--+--+++-  -  +#   -++ - +-*
            -*-      +- --  +  +***-===---  ---  - - +=          +  +-*+*     -+- ++- *+--
            +  +-*   =+- +   * *+--*--   -  + -++   - +++*  +  + +  -=+++   # ++- ---+*+++
              - +-+  = - +  +-+- =*++-- +      +- *+   -+     +=+-      +   + -  -+-###-+-
                -++-+-++-+  *+=+++ -++ +*+  -  ---+ + -* -   +*- -+ ++- +=  * -  =+-- +-+-
            +-+ -= *+ ++    +  - ---++ +*-  -++ -  ---++-    ++ - +--* +--  -  +-- #---*=-
            * - +--- +-+ +  ++ -  +  =-       =-++ - + * +    *=+ - +++ -   == + +-* +  **
                  0               1               2               3               4

            *--*  = +-  +    + +-*+++  +-=   -   *- #-- +    +-  + = ++     ++   +-  # -
             *=@+ *+++ * -    @=  +   -+-+  -  + ++-+-++ -  -* +++-   -=+=    - =+   -  +
            +*-*=*-*- -=++  #  -   + +*+     -    - -*  -+  +=   +-  * ++-  ---+++-+ ++ -+
             - -++= + * +*    -+-=- *    -  + - + ++-+-+++  -+---  *++ ---  +-=+  =-+-+  +
            = =+ -#  =*-*   +  +-  -   -++  - +* -  +  +*    +-*-+ +++@ -   ++-+- ==+++  +
              *-* * *  --+  + --   +=+---    +- -+  -++-+   +=*  +  -+ - =  ++ + +-  -   -
             *=+ +- =#-=      *-   -++ ++-   -+++==- + --+    ++ *+=  +     +++++   +++
                  5               6               7               8               9

            """)
    }

    @Test func aHundredNeuronsFitTheLineBudget() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork(sizes: [784, 100, 10]))
        harness.run("weights layer=1 grid")
        let lines = harness.output.split(separator: "\n", omittingEmptySubsequences: false)
        let grid = GridFit.lines(width: 28, height: 28, count: 100, factor: 4, gap: 2, style: .plainUnicode)
        #expect(grid <= WeightGridView.lineBudget + 12)
        #expect(lines.count == 3 + grid + 1)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(harness.output.contains("shown 1:4 (means of 4×4 blocks)"))
        #expect(harness.output.contains(" 99\n"))
    }

    @Test func colourGridUsesEscapesAndPlainNone() throws {
        let colour = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork(),
                                             options: SessionOptions(isTerminal: true, color: true))
        colour.run("weights layer=1 grid")
        #expect(colour.output.contains("\u{1B}[48;5;"))
        let plain = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        plain.run("weights layer=1 grid")
        #expect(!plain.output.contains("\u{1B}"))
    }

    @Test func writesTheGridAsAPNG() throws {
        let directory = try ScratchDirectory()
        let network = try ViewFixture.untrainedNetwork()
        let harness = try ViewFixture.harness(network: network, options: SessionOptions(currentDirectory: directory.path))
        #expect(harness.run("weights layer=1 grid to=w1.png") == .success)
        #expect(harness.output == "wrote w1.png: incoming weights of the 10 neurons of layer 1, 453×340 pixels\n")
        let png = try PNGProbe(path: directory.path + "/w1.png")
        #expect((png.width, png.height, png.colorType) == (453, 340, 2))
        // Neuron 6 is the third cell of the second row; its weight w_6,(0,0) fills 4×4 pixels.
        let row = network.weights[0].row(6)
        let limit = row.map(abs).max() ?? 0
        let expected = DivergingPalette.color(row[0], limit: limit)
        #expect(png.pixel(1 + 2 * 113, 1 + 113) == [expected.red, expected.green, expected.blue])
        #expect(png.pixel(0, 0) == [128, 128, 128])
    }

    @Test func toAloneWritesTheGridOfTheLayer() throws {
        let directory = try ScratchDirectory()
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork(),
                                              options: SessionOptions(currentDirectory: directory.path))
        harness.run("weights layer=2 to=w2.png")
        #expect(harness.output == "wrote w2.png: incoming weights of the 10 neurons of layer 2, 325×100 pixels\n")
        #expect(try PNGProbe(path: directory.path + "/w2.png").width == 325)
    }

    @Test func writesOneNeuronAsAPNG() throws {
        let directory = try ScratchDirectory()
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork(),
                                              options: SessionOptions(currentDirectory: directory.path))
        harness.run("weights neuron=5 to=n5.png")
        #expect(harness.output == "wrote n5.png: incoming weights of neuron 5 of layer 1, 280×280 pixels\n")
        let png = try PNGProbe(path: directory.path + "/n5.png")
        #expect((png.width, png.height, png.colorType) == (280, 280, 2))
    }

    @Test func teachesWhatIsWrong() throws {
        let harness = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        harness.run("weights layer=3")
        #expect(harness.errors == """
            1:15: layer 3 does not exist: the network has layers 1…2 (2 is the output layer); \
            layer 0 is the input, which has no incoming weights
              weights layer=3
                            ^

            """)
        let neuron = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        neuron.run("weights layer=2 neuron=10")
        #expect(neuron.errors.hasPrefix("1:24: neuron 10 does not exist: layer 2 has 10 neurons, neuron=0…9\n"))
        let both = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        both.run("weights neuron=1 grid")
        #expect(both.errors.hasPrefix("1:18: give either neuron=N (one neuron) or grid (all neurons of the layer), not both"))
        let none = try ViewFixture.harness()
        none.run("weights grid")
        #expect(none.errors.hasPrefix("1:1: no network yet — create one with 'net 784 30 10'"))
        let svg = try ViewFixture.harness(network: try ViewFixture.untrainedNetwork())
        svg.run("weights grid to=w.svg")
        #expect(svg.errors.hasPrefix("1:17: cannot write 'w.svg': this picture can be written as .png"))
    }
}
