import Testing
@testable import NNSDisplay

@Suite struct BarChartTests {
    let outputs: [Double] = [0.001, 0.002, 0.01, 0.03, 0, 0, 0, 0.93, 0.01, 0.02]

    @Test func outputActivationsWithThePredictionMarked() throws {
        let text = try BarChart.render(
            labels: (0..<10).map(String.init), values: outputs, highlight: 7, width: 40, style: .ascii)
        #expect(text == """
            0 |                              0.001
            1 |                              0.002
            2 |                              0.010
            3 |#                             0.030
            4 |                              0.000
            5 |                              0.000
            6 |                              0.000
            7 |############################# 0.930 <
            8 |                              0.010
            9 |#                             0.020
            """)
    }

    @Test func eighthBlocksWithUnicode() throws {
        let text = try BarChart.render(
            labels: ["0", "1", "2", "3"], values: [0.1, 0.55, 0.9, 0.33], highlight: 2, decimals: 2, width: 30,
            style: .plainUnicode)
        #expect(text == """
            0 │██▎                  0.10
            1 │████████████▎        0.55
            2 │████████████████████ 0.90 ◀
            3 │███████▍             0.33
            """)
    }

    @Test func negativeValuesGrowLeftOfTheAxis() throws {
        let text = try BarChart.render(labels: ["z1", "z2", "z3"], values: [-2, 1, 0.5], decimals: 1, width: 30, style: .plainUnicode)
        #expect(text == """
            z1 █████████████│       -2.0
            z2              │██████  1.0
            z3              │███▏    0.5
            """)
    }

    @Test func nonFiniteValuesGetNoBar() throws {
        let text = try BarChart.render(labels: ["a", "b"], values: [.nan, 1], decimals: 1, width: 24, style: .ascii)
        #expect(text == "a |                nan\nb |############### 1.0")
    }

    @Test func colourHighlightsTheChosenBar() throws {
        let style = RenderStyle(color: .palette256, unicode: true)
        let text = try BarChart.render(labels: (0..<10).map(String.init), values: outputs, highlight: 7, style: style)
        let line7 = String(text.split(separator: "\n")[7])
        #expect(line7.contains("\u{1B}[38;5;214m"))  // amber bar (255,175,0)
        #expect(line7.contains("\u{1B}[1m7\u{1B}[0m"))  // bold label
        #expect(String(text.split(separator: "\n")[3]).contains("\u{1B}[38;5;67m"))  // steel blue (95,135,175)
    }

    @Test func mismatchedOrEmptyInputIsAnError() {
        #expect(throws: DisplayError.self) { try BarChart.render(labels: ["a"], values: [1, 2], style: .ascii) }
        #expect(throws: DisplayError.empty(what: "the list of bar values")) {
            try BarChart.render(labels: [], values: [], style: .ascii)
        }
    }
}
