import Testing
@testable import NNSDisplay

@Suite struct ConfusionMatrixTests {
    let matrix = try! ConfusionMatrix(counts: [[50, 2, 0], [5, 40, 5], [0, 1, 47]])

    @Test func totalsPrecisionAndRecall() {
        #expect(matrix.total == 150)
        #expect(matrix.correct == 137)
        #expect(matrix.precision(0) == 50.0 / 55)
        #expect(matrix.recall(1) == 40.0 / 50)
        #expect(matrix.mostConfusedPairs(limit: 2) == [
            .init(trueClass: 1, predictedClass: 0, count: 5), .init(trueClass: 1, predictedClass: 2, count: 5),
        ])
    }

    @Test func builtFromLabelLists() throws {
        let built = try ConfusionMatrix(trueLabels: [0, 1, 1, 2, 9], predictions: [0, 1, 0, 2, 1], classCount: 3)
        #expect(built.counts == [[1, 0, 0], [1, 1, 0], [0, 0, 1]])
        #expect(throws: DisplayError.self) { try ConfusionMatrix(trueLabels: [0], predictions: [], classCount: 3) }
    }

    @Test func rejectsMalformedCounts() {
        #expect(throws: DisplayError.notSquare(rows: 2, badRow: 1, columns: 1)) { try ConfusionMatrix(counts: [[1, 2], [3]]) }
        #expect(throws: DisplayError.negativeCount(row: 0, column: 1, value: -2)) { try ConfusionMatrix(counts: [[1, -2], [3, 4]]) }
    }

    @Test func plainRendering() throws {
        let text = try ConfusionMatrixView.render(matrix, classNames: ["cat", "dog", "owl"], pairs: 3, style: .plainUnicode)
        #expect(text == #"""
            true\pred  cat  dog  owl  recall
                  cat   50    2    ·    96.2
                  dog    5   40    5    80.0
                  owl    ·    1   47    97.9
            precision 90.9 93.0 90.4
            accuracy 91.33% (137 / 150); precision and recall in %
            most confused: dog→cat (5), dog→owl (5), cat→dog (2)
            """#)
    }

    @Test func tenClassesFitEightyColumns() throws {
        var counts = Array(repeating: Array(repeating: 3, count: 10), count: 10)
        for c in 0..<10 { counts[c][c] = 1000 + c }
        let text = try ConfusionMatrixView.render(try ConfusionMatrix(counts: counts), classNames: (0..<10).map(String.init), style: .ascii)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(text.contains("most confused: 0->1 (3)"))
    }

    @Test func colourHighlightsTheDiagonal() throws {
        let text = try ConfusionMatrixView.render(matrix, classNames: ["a", "b", "c"], style: RenderStyle(color: .truecolor, unicode: true))
        #expect(text.contains("\u{1B}[1m\u{1B}[38;2;44;160;44m  50\u{1B}[0m"))
        #expect(text.contains("\u{1B}[38;2;214;39;40m   5\u{1B}[0m"))  // the largest mistake in full red
    }

    @Test func classNamesMustMatch() {
        #expect(throws: DisplayError.self) { try ConfusionMatrixView.render(matrix, classNames: ["a"], style: .ascii) }
    }
}
