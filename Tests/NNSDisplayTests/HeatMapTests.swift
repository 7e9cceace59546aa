import Testing
@testable import NNSDisplay

@Suite struct HeatMapTests {
    /// 6×4 signed values; each character shows the mean of two rows on the scale ±1.
    let raster = try! Raster(width: 6, height: 4, values: [
        -1, -0.7, -0.4, -0.2, 0, 0.05,
        0.1, 0.3, 0.5, 0.7, 1, 0.2,
        -1, -0.8, 0, 0, 0.9, 1,
        -1, -0.8, 0.2, -0.2, 0.9, 1,
    ])

    @Test func plainRenderingWithLegendAndCaption() {
        #expect(HeatMap.render(raster, caption: "neuron 5", style: .ascii) == """
            =- +*+
            ##  @@
            -1 [#=- +*@] +1
            neuron 5
            """)
    }

    @Test func explicitLimitScalesTheShades() {
        // With limit 4 only means of at least 0.5 in size leave a mark.
        #expect(HeatMap.render(raster, limit: 4, style: .ascii) == """
                +
            --  ++
            -4 [#=- +*@] +4
            """)
    }

    @Test func paletteIsSymmetricAroundZero() {
        #expect(DivergingPalette.color(0, limit: 1) == DivergingPalette.zero)
        #expect(DivergingPalette.color(-1, limit: 1) == DivergingPalette.negative)
        #expect(DivergingPalette.color(3, limit: 1) == DivergingPalette.positive)
        #expect(DivergingPalette.color(0.5, limit: 1) == RGB(213, 136, 145))
        #expect(DivergingPalette.color(.nan, limit: 1) == DivergingPalette.zero)
        #expect(DivergingPalette.color(0.3, limit: 0) == DivergingPalette.zero)
    }

    @Test func paletteModeUsesBlueWhiteRedSteps() {
        #expect(DivergingPalette.color(-1, limit: 1, for: .palette256) == RGB(0, 95, 175))
        #expect(DivergingPalette.color(0.01, limit: 1, for: .palette256) == .white)
        #expect(DivergingPalette.color(1, limit: 1, for: .palette256) == RGB(175, 0, 0))
        #expect(ANSI.paletteIndex(RGB(0, 95, 175)) == 25)
        #expect(ANSI.paletteIndex(RGB(175, 0, 0)) == 124)
        #expect(DivergingPalette.color(0.5, limit: 1, for: .truecolor) == DivergingPalette.color(0.5, limit: 1))
    }

    @Test func colourRenderingUsesBlueAndRed() throws {
        let text = HeatMap.render(raster, style: RenderStyle(color: .truecolor, unicode: true))
        #expect(text.contains("\u{1B}[38;2;33;102;172m"))  // −1 as a top pixel
        #expect(text.contains("\u{1B}[48;2;178;24;43m"))  // +1 as a bottom pixel
        #expect(text.contains("▀"))
        let legend = try #require(text.split(separator: "\n").last)
        #expect(legend.hasPrefix("-1 \u{1B}[48;2;33;102;172m "))
        #expect(legend.hasSuffix("\u{1B}[48;2;178;24;43m \u{1B}[0m +1"))
    }

    @Test func noColourMeansNoEscapes() {
        #expect(!HeatMap.render(raster, caption: "x", style: .plainUnicode).contains("\u{1B}"))
        #expect(!HeatMap.legend(limit: 0.5, style: .ascii).contains("\u{1B}"))
    }
}
