import Foundation
import Testing
import ModelFiles
@testable import NNScript
import TestSupport

/// `plot`: the monitored sets' curves over epochs, in the terminal or as PNG/SVG files.
@Suite struct PlotCommandTests {
    @Test func drawsAccuracyCurvesAcrossRuns() throws {
        let harness = try ViewFixture.harness(history: HistoryCommandTests.records)
        #expect(harness.run("plot") == .success)
        #expect(harness.output == """
            accuracy (%) per epoch
            94%┤                                                                      ooooo
               │                                                             ooooooooo
               │                                                   oooooooooo
               │                                          ooooooooo
            92%┤                                 *oooooooo
               │                        **oooooooo
               │              *****ooooooo
               │     *******ooooooo
               │****oooooooo
            90%┤oooo
               │
               │
               │
            88%┤
               └┬────────────────────────────────────┬────────────────────────────────────┬
                0                                    1                                    2  epoch
                * validation   o test

            """)
    }

    @Test func drawsCost() throws {
        let harness = try ViewFixture.harness(history: HistoryCommandTests.records)
        harness.run("plot cost")
        #expect(harness.output.hasPrefix("cost per epoch\n"))
        #expect(harness.output.contains("0.12"))
    }

    @Test func colourUsesBrailleAndPlainUsesMarkers() throws {
        let colour = try ViewFixture.harness(history: HistoryCommandTests.records,
                                             options: SessionOptions(isTerminal: true, color: true))
        colour.run("plot")
        #expect(colour.output.contains("\u{1B}[38;5;"))
        #expect(colour.output.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        let plain = try ViewFixture.harness(history: HistoryCommandTests.records)
        plain.run("plot")
        #expect(!plain.output.contains("\u{1B}"))
    }

    @Test func seriesContinueAcrossRunsOfOneNetworkAndRestartForANewOne() throws {
        let runs = ViewFixture.runs(HistoryCommandTests.records) + ViewFixture.runs([HistoryCommandTests.records[0]], network: 2)
        let series = try TrainingCurves.series(runs, metric: .accuracy)
        #expect(series.map(\.name) == ["net 1 validation", "net 1 test", "net 2 validation", "net 2 test"])
        #expect(series[1].x == [0, 1, 2])
        #expect(zip(series[1].y, [89.9, 92.01, 94]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(series[3].x == [0, 1])
        let sweep = ViewFixture.runs([HistoryCommandTests.records[0]]) + ViewFixture.runs([HistoryCommandTests.records[1]], network: 2)
        #expect(try TrainingCurves.series(sweep, metric: .cost).map(\.name)
                == ["net 1 validation (eta=3, m=10, lambda=0)", "net 1 test (eta=3, m=10, lambda=0)",
                    "net 2 test (eta=0.5, m=20, lambda=5)"])
    }

    @Test func writesAPNG() throws {
        let directory = try ScratchDirectory()
        let harness = try ViewFixture.harness(history: HistoryCommandTests.records,
                                              options: SessionOptions(currentDirectory: directory.path))
        #expect(harness.run("plot to=curve.png") == .success)
        #expect(harness.output == "wrote curve.png: accuracy (%) per epoch, 800×500 pixels\n")
        let png = try PNGProbe(path: directory.path + "/curve.png")
        #expect((png.width, png.height, png.colorType) == (800, 500, 2))
        #expect(png.pixel(0, 0) == [255, 255, 255])
    }

    @Test func writesAnSVG() throws {
        let directory = try ScratchDirectory()
        let harness = try ViewFixture.harness(history: HistoryCommandTests.records,
                                              options: SessionOptions(currentDirectory: directory.path))
        #expect(harness.run("plot cost to=curve.svg") == .success)
        #expect(harness.output == "wrote curve.svg: cost per epoch, 800×500 pixels\n")
        let svg = try String(contentsOfFile: directory.path + "/curve.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"500\""))
        #expect(svg.contains(">validation</text>"))
        #expect(svg.contains(">test</text>"))
    }

    @Test func teachesWhatIsWrong() throws {
        let harness = try ViewFixture.harness(history: HistoryCommandTests.records)
        harness.run("plot to=curve.jpg")
        #expect(harness.errors.hasPrefix(
            "1:9: cannot write 'curve.jpg': this picture can be written as .png or .svg — name the file e.g. 'picture.png'"))
        let empty = try ViewFixture.harness()
        empty.run("plot")
        #expect(empty.errors.hasPrefix("1:1: no training history yet"))
        var unmonitored = HistoryCommandTests.records[0]
        for index in unmonitored.epochRecords.indices { unmonitored.epochRecords[index].results = [] }
        let blind = try ViewFixture.harness(history: [unmonitored])
        blind.run("plot")
        #expect(blind.errors.hasPrefix("1:1: no sgd run of this session monitored a data set"))
    }
}

/// `sgd … speed` and `plot speed`: chapter 5's speed of learning of every layer.
@Suite struct LearningSpeedPlotTests {
    @Test func speedsArePrintedAndPlottedPerLayer() throws {
        let session = InterpreterHarness()
        session.run(TestData.loadTrain(limit: 500))
        session.sink.clear()
        #expect(session.run("seed 2\nnet 784 20 20 10 cost=cross-entropy init=scaled\nsgd epochs=2 eta=0.1 speed speed-samples=200 monitor=none")
                == .success, "\(session.errors)")
        let lines = session.output.split(separator: "\n").filter { $0.hasPrefix("speed of learning") }
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("speed of learning ‖∂C/∂b^l‖ at the start: layer 1 0.") == true)
        #expect(lines.last?.contains("after epoch 1: layer 1 ") == true && lines.last?.contains(", layer 3 ") == true)
        let record = try #require(session.interpreter.session.history.last)
        #expect(record.speedLayers == [1, 2, 3] && record.initialSpeeds?.count == 3)
        #expect(record.epochRecords.allSatisfy { $0.learningSpeeds?.count == 3 })
        session.sink.clear()
        #expect(session.run("plot speed") == .success)
        #expect(session.output.hasPrefix("speed of learning per layer, log₁₀ ‖∂C/∂b^l‖ (−2 is 0.01)\n"))
        #expect(session.output.contains("layer 1") && session.output.contains("layer 3"))
    }

    @Test func withoutMeasurementsThePlotSaysHowToGetThem() {
        let session = InterpreterHarness()
        session.run(TestData.loadTrain(limit: 100) + "\nnet 784 10 10\nsgd epochs=1 monitor=none")
        #expect(session.run("plot speed") == .failure)
        #expect(session.errors.contains("no sgd run of this session measured the speed of learning"))
    }
}
