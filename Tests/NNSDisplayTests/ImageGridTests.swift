import Testing
@testable import NNSDisplay

@Suite struct ImageGridTests {
    func cell(_ index: Int) throws -> GridCell {
        let values = (0..<16).map { Float(($0 + $0 / 4 + index) % 3) / 2 }
        return GridCell(try Raster(width: 4, height: 4, values: values), palette: .greyscale, caption: "c\(index)")
    }

    @Test func wrapsToTheWidth() throws {
        // 4-column cells with 2 spaces between them: 26 columns hold 4 cells.
        let text = try ImageGrid.render((0..<5).map(cell), style: RenderStyle(color: .none, unicode: false, width: 26))
        #expect(text == """
            +:#+  :#+:  #+:#  +:#+
            :#+:  #+:#  +:#+  :#+:
             c0    c1    c2    c3

            :#+:
            #+:#
             c4
            """)
    }

    @Test func longCaptionsAreCut() throws {
        var long = try cell(0)
        long.caption = "7->2 0.93"
        let text = try ImageGrid.render([long], style: RenderStyle(color: .none, unicode: true, width: 40))
        #expect(text.hasSuffix("\n7->…"))
    }

    @Test func errorCaptions() {
        #expect(ImageGrid.errorCaption(trueLabel: "7", predicted: "2", confidence: 0.934, style: .plainUnicode) == "7→2 0.93")
        #expect(ImageGrid.errorCaption(trueLabel: "7", predicted: "2", confidence: 0.934, style: .ascii) == "7->2 0.93")
    }

    @Test func divergingCellsInColour() throws {
        let raster = try Raster(width: 2, height: 2, values: [-1, 1, 1, -1])
        let text = try ImageGrid.render(
            [GridCell(raster, palette: .diverging(limit: nil), caption: "n0")], style: RenderStyle(color: .truecolor, unicode: true))
        #expect(text.contains("\u{1B}[38;2;33;102;172m\u{1B}[48;2;178;24;43m▀"))
        #expect(text.hasSuffix("\nn0"))
    }

    @Test func emptyGridIsAnError() {
        #expect(throws: DisplayError.empty(what: "the list of grid cells")) { try ImageGrid.render([], style: .ascii) }
    }
}
