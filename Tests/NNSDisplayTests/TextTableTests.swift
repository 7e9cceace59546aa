import Testing
@testable import NNSDisplay

@Suite struct TextTableTests {
    let table = TextTable(
        header: ["epoch", "accuracy", "cost", "set"],
        rows: [["1", "91.12%", "0.4321", "test"], ["12", "95.30%", "0.21", "validation"]])

    @Test func boxDrawing() {
        #expect(table.render(style: .plainUnicode) == """
            ┌───────┬──────────┬────────┬────────────┐
            │ epoch │ accuracy │   cost │ set        │
            ├───────┼──────────┼────────┼────────────┤
            │     1 │   91.12% │ 0.4321 │ test       │
            │    12 │   95.30% │   0.21 │ validation │
            └───────┴──────────┴────────┴────────────┘
            """)
    }

    @Test func asciiBorders() {
        #expect(table.render(style: .ascii) == """
            +-------+----------+--------+------------+
            | epoch | accuracy |   cost | set        |
            +-------+----------+--------+------------+
            |     1 |   91.12% | 0.4321 | test       |
            |    12 |   95.30% |   0.21 | validation |
            +-------+----------+--------+------------+
            """)
    }

    @Test func shortRowsArePaddedAndAlignmentCanBeForced() {
        let small = TextTable(header: ["a", "b"], rows: [["1"], ["22", "x"]], alignments: [.left])
        #expect(small.render(style: .ascii) == """
            +----+---+
            | a  | b |
            +----+---+
            | 1  |   |
            | 22 | x |
            +----+---+
            """)
    }

    @Test func boldHeaderOnlyWithColour() {
        let coloured = table.render(style: RenderStyle(color: .palette256, unicode: true))
        #expect(coloured.contains("\u{1B}[1mepoch\u{1B}[0m"))
        #expect(!table.render(style: .plainUnicode).contains("\u{1B}"))
    }

    @Test func numbersAreRecognised() {
        for number in ["9,512", "-0.25", "95.12%", "1e-3", "+3", "nan", "12,345.6"] {
            #expect(TextTable.isNumber(number), "\(number)")
        }
        for word in ["test", "e5", "1.2.3x", "-", "", "3 s"] {
            #expect(!TextTable.isNumber(word), "\(word)")
        }
    }
}
