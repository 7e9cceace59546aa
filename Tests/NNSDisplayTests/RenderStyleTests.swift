import Testing
@testable import NNSDisplay

@Suite struct RenderStyleTests {
    let terminal = ["TERM": "xterm-256color", "LANG": "en_US.UTF-8"]

    @Test func terminalGetsColourAndUnicode() {
        let style = RenderStyle.automatic(isTerminal: true, environment: terminal, columns: 120)
        #expect(style == RenderStyle(color: .palette256, unicode: true, width: 120))
    }

    @Test func colortermSelectsTruecolor() {
        var environment = terminal
        environment["COLORTERM"] = "truecolor"
        #expect(RenderStyle.automatic(isTerminal: true, environment: environment).color == .truecolor)
    }

    @Test func noColorTurnsColourOffButKeepsUnicode() {
        var environment = terminal
        environment["NO_COLOR"] = "1"
        environment["FORCE_COLOR"] = "1"
        let style = RenderStyle.automatic(isTerminal: true, environment: environment)
        #expect(style.color == .none)
        #expect(style.unicode)
        environment["NO_COLOR"] = ""  // empty means unset (no-color.org)
        #expect(RenderStyle.automatic(isTerminal: true, environment: environment).color == .palette256)
    }

    @Test func pipesGetNoColourUnlessForced() {
        #expect(RenderStyle.automatic(isTerminal: false, environment: terminal).color == .none)
        var environment = terminal
        environment["FORCE_COLOR"] = "0"
        #expect(RenderStyle.automatic(isTerminal: false, environment: environment).color == .none)
        environment["FORCE_COLOR"] = "1"
        #expect(RenderStyle.automatic(isTerminal: false, environment: environment).color == .palette256)
    }

    @Test func dumbTerminalAndCLocaleAreASCII() {
        let dumb = RenderStyle.automatic(isTerminal: true, environment: ["TERM": "dumb", "LANG": "en_US.UTF-8"])
        #expect(dumb == RenderStyle(color: .none, unicode: false))
        let cLocale = RenderStyle.automatic(isTerminal: true, environment: ["TERM": "xterm", "LC_ALL": "C", "LANG": "en_US.UTF-8"])
        #expect(!cLocale.unicode)
        #expect(RenderStyle.automatic(isTerminal: true, environment: ["TERM": "xterm"]).unicode)
    }

    @Test func widthFromColumnsThenEnvironment() {
        #expect(RenderStyle.automatic(isTerminal: true, environment: ["COLUMNS": "100"]).width == 100)
        #expect(RenderStyle.automatic(isTerminal: true, environment: ["COLUMNS": "100"], columns: 132).width == 132)
        #expect(RenderStyle.automatic(isTerminal: true, environment: ["COLUMNS": "wide"]).width == 80)
        #expect(RenderStyle(color: .none, unicode: true, width: 3).width == RenderStyle.minimumWidth)
    }

    @Test func paintIsANoOpWithoutColour() {
        #expect(RenderStyle.ascii.paint("x", foreground: .white, bold: true) == "x")
        let painted = RenderStyle(color: .truecolor, unicode: true).paint("x", foreground: RGB(1, 2, 3), background: .black)
        #expect(painted == "\u{1B}[38;2;1;2;3m\u{1B}[48;2;0;0;0mx\u{1B}[0m")
    }

    @Test func paletteIndicesOfCubeAndRamp() {
        #expect(ANSI.paletteIndex(.black) == 16)
        #expect(ANSI.paletteIndex(.white) == 231)
        #expect(ANSI.paletteIndex(RGB.grey(128)) == 244)
        #expect(ANSI.paletteIndex(RGB(255, 0, 0)) == 196)
        #expect(ANSI.paletteIndex(RGB(0, 0, 255)) == 21)
    }

    @Test func visibleWidthSkipsEscapes() {
        #expect(TextColumns.width("\u{1B}[38;5;21m██\u{1B}[0m ab") == 5)
        #expect(TextColumns.truncate("abcdefgh", to: 5, ellipsis: "...") == "ab...")
    }
}
