import Testing
@testable import NNSDisplay

@Suite struct LineChartTests {
    let train = ChartSeries(name: "train", values: [80, 85, 88, 90, 91, 92])
    /// Epoch 4 is missing: the curve has a gap there.
    let test = ChartSeries(name: "test", values: [82, 86, 87, .nan, 89, 90])

    @Test func twoSeriesInASCIIWithMarkers() throws {
        let text = try LineChart.render([train, test], yUnit: "%", height: 6, width: 40, style: .ascii)
        #expect(text == """
            100%+
                |
                |                       ***********
             90%+          oooo*********   oooooooo
                |    oooooo
             80%+oooo
                +-------+------------+------------+
                        2            4            6  epoch
                 * train   o test
            """)
    }

    @Test func oneSeriesInBrailleWithFixedRange() throws {
        let text = try LineChart.render(
            [train], yRange: 0...100, yUnit: "%", title: "accuracy", height: 4, width: 40, style: .plainUnicode)
        #expect(text == """
            accuracy
            100%┤⣀⣀⣀⡠⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒
                │
                │
              0%┤
                └──────┬─────────────┬────────────┬
                       2             4            6  epoch
                 ── train
            """)
    }

    @Test func colourDrawsEachSeriesInItsColourWithBraille() throws {
        let style = RenderStyle(color: .truecolor, unicode: true, width: 60)
        let text = try LineChart.render([train, test], style: style)
        #expect(text.contains("\u{1B}[38;2;31;119;180m"))  // series 0, blue
        #expect(text.contains("\u{1B}[38;2;255;127;14m"))  // series 1, orange
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(!text.contains("*"))
    }

    @Test func plainStyleHasNoEscapes() throws {
        for style in [RenderStyle.ascii, .plainUnicode] {
            #expect(!(try LineChart.render([train, test], style: style)).contains("\u{1B}"))
        }
    }

    @Test func brailleDotsFollowTheLine() {
        // A rising diagonal over one cell: dots (0,3) and (1,2) → bits 0x40 | 0x20.
        var canvas = PlotCanvas(columns: 1, rows: 1, braille: true)
        canvas.draw(runs: [[(0, 3), (1, 2)]], series: 0)
        #expect(canvas.line(0, style: .plainUnicode) == "\u{2860}")
    }

    @Test func nothingToDrawIsAnError() throws {
        #expect(throws: DisplayError.empty(what: "the list of chart series")) { try LineChart.render([], style: .ascii) }
        let empty = ChartSeries(name: "x", values: [.nan])
        #expect(throws: DisplayError.empty(what: "the chart's data (no finite points)")) {
            try LineChart.render([empty], style: .ascii)
        }
        #expect(throws: DisplayError.self) { try LineChart.render([train], yRange: 5...5, style: .ascii) }
        #expect(throws: DisplayError.lengthMismatch(what: "x values of series 's'", expected: 2, actual: 1)) {
            try ChartSeries(name: "s", x: [1], y: [1, 2])
        }
    }

    @Test func niceTicks() {
        #expect(AxisTicks(lower: 0, upper: 100, maximumCount: 6).values == [0, 20, 40, 60, 80, 100])
        #expect(AxisTicks(lower: 88, upper: 96, maximumCount: 5).values == [88, 90, 92, 94, 96])
        #expect(AxisTicks(lower: 0.93, upper: 0.961, maximumCount: 4).step == 0.02)
        #expect(AxisTicks(lower: 0.93, upper: 0.961, maximumCount: 5).step == 0.01)
        #expect(AxisTicks(lower: 0.93, upper: 0.961, maximumCount: 4).decimals == 2)
        #expect(AxisTicks.expanded(lower: 88.1, upper: 95.8, count: 5) == 88...96)
        let widened = AxisTicks.expanded(lower: 3, upper: 3, count: 5)  // ±0.3, then to steps of 0.2
        #expect(abs(widened.lowerBound - 2.6) < 1e-12 && abs(widened.upperBound - 3.4) < 1e-12)
    }

    @Test func wholeEpochsGetWholeTicks() throws {
        let frame = try ChartFrame(
            series: [ChartSeries(name: "a", values: [1, 2, 3])], yRange: nil, xTickCount: 10, yTickCount: 5)
        #expect(frame.xTicks.values == [1, 2, 3])
    }
}
