import Testing
@testable import NNSDisplay

@Suite struct GreyscaleImageTests {
    /// MNIST test image 0 (a 7), two pixel rows per line, shaded by the mean of each pair.
    @Test func firstTestDigitInASCII() throws {
        let text = GreyscaleImage.render(try MNISTSample.raster(0), caption: "label 7", style: .ascii)
        #expect(text == """



                  .--:.
                  +#*#%@%%%%%%%%%-
                        . ....:@@:
                             :@@:
                            -@%.
                           :@%.
                          +@#.
                         %@+
                       -@@-
                      -@@@.
                      :==
                      label 7
            """)
    }

    @Test func firstTestDigitWithUnicodeShades() throws {
        let text = GreyscaleImage.render(try MNISTSample.raster(0), style: .plainUnicode)
        #expect(text == """



                   ░░░
                  ▒▓▓▓███████████░
                              ░██░
                             ░██░
                            ░██
                           ░██
                          ▒█▓
                         ██▒
                       ░██░
                      ░███
                      ░▒▒
            """)
    }

    @Test func halfBlocksCarryTopAndBottomPixelColours() throws {
        // Column 0: white over black; column 1: black over white.
        let raster = try Raster(width: 2, height: 2, values: [1, 0, 0, 1])
        let style = RenderStyle(color: .truecolor, unicode: true)
        let text = GreyscaleImage.render(raster, style: style)
        let white = "38;2;255;255;255m", black = "48;2;0;0;0m"
        #expect(text == "\u{1B}[\(white)\u{1B}[\(black)▀\u{1B}[38;2;0;0;0m\u{1B}[48;2;255;255;255m▀\u{1B}[0m")
    }

    @Test func paletteModeUsesTheGreyRamp() throws {
        let raster = try Raster(width: 3, height: 2, values: [0.5, 0.25, 0, 0.75, 1, 0])
        let text = GreyscaleImage.render(raster, style: RenderStyle(color: .palette256, unicode: true))
        // 0.5 → 128 → ramp 244 (128); 0.75 → 191 → ramp 250 (188); 0.25 → 64 → 238 (68); 1 → 231 (white).
        #expect(text.contains("\u{1B}[38;5;244m\u{1B}[48;5;250m▀"))
        #expect(text.contains("\u{1B}[38;5;238m\u{1B}[48;5;231m▀"))
        #expect(text.hasSuffix("\u{1B}[0m"))
    }

    @Test func oddLastRowGetsTheDefaultBackground() throws {
        let raster = try Raster(width: 1, height: 3, values: [1, 1, 0.5])
        let lines = GreyscaleImage.render(raster, style: RenderStyle(color: .palette256, unicode: true)).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1] == "\u{1B}[38;5;244m\u{1B}[49m▀\u{1B}[0m")
    }

    @Test func colourWithoutUnicodeUsesBackgroundSpaces() throws {
        let raster = try Raster(width: 2, height: 2, values: [1, 0, 1, 0])
        let text = GreyscaleImage.render(raster, style: RenderStyle(color: .truecolor, unicode: false))
        #expect(text == "\u{1B}[48;2;255;255;255m \u{1B}[48;2;0;0;0m \u{1B}[0m")
    }

    @Test func plainStylesEmitNoEscapeCodes() throws {
        let raster = try MNISTSample.raster(1)
        for style in [RenderStyle.ascii, .plainUnicode] {
            #expect(!GreyscaleImage.render(raster, caption: "label 2", style: style).contains("\u{1B}"))
        }
    }

    @Test func shadeRampCoversTheRange() {
        #expect(GreyscaleImage.shade(0, style: .ascii) == " ")
        #expect(GreyscaleImage.shade(1, style: .ascii) == "@")
        #expect(GreyscaleImage.shade(0.55, style: .ascii) == "+")
        #expect(GreyscaleImage.shade(2, style: .plainUnicode) == "█")
        #expect(GreyscaleImage.shade(-1, style: .plainUnicode) == " ")
    }
}
