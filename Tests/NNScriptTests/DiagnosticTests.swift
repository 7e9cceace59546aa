import Testing
@testable import NNScript

/// Golden tests for how a located error is rendered: location, message, echoed line, caret.
@Suite struct DiagnosticTests {
    @Test func locationOmitsFileAtThePrompt() {
        #expect(SourceLocation(line: 1, column: 5).description == "1:5")
        #expect(SourceLocation(file: "sweep.nns", line: 3, column: 12).description == "sweep.nns:3:12")
    }

    @Test func promptDiagnosticHasCaretAndTildes() {
        let source = SourceText("sgd epoch=30 eta=3.0")
        let diagnostic = source.diagnostic(.unknownArgument("epoch", command: "sgd", suggestion: "epochs"),
                                           at: source.span(at: 4, length: 5))
        #expect(diagnostic.description == """
            1:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?
              sgd epoch=30 eta=3.0
                  ^~~~~
            """)
    }

    @Test func scriptDiagnosticNamesTheFileAndTheRightLine() {
        let source = SourceText("load mnist\nnet 784 30 10\nsgd m=0\n", file: "book.nns")
        let diagnostic = source.diagnostic(.outOfRange(argument: "m", range: .atLeast(1), got: "0", inList: false),
                                           at: source.span(at: 31, length: 1))
        #expect(diagnostic.description == """
            book.nns:3:7: 'm' must be at least 1, got 0
              sgd m=0
                    ^
            """)
    }

    @Test func caretFollowsTabsInTheEchoedLine() {
        let source = SourceText("for x in [1] {\n\tsgd eta=-1\n}")
        let diagnostic = source.diagnostic(.outOfRange(argument: "eta", range: .positive, got: "-1", inList: false),
                                           at: source.span(at: 24, length: 2))
        #expect(diagnostic.description == "2:10: 'eta' must be positive, got -1\n  \tsgd eta=-1\n  \t        ^~")
    }

    @Test func extentIsClippedToTheEndOfTheLine() {
        let marker = CaretMarker(line: "for x in [1] {", column: 14, length: 40)
        #expect(marker.text == "             ^")
        let pastEnd = CaretMarker(line: "sgd", column: 4, length: 0)
        #expect(pastEnd.text == "   ^")
    }

    @Test func withoutSourceLineOnlyTheHeadlineIsPrinted() {
        let span = SourceSpan(start: SourceLocation(line: 2, column: 1), offset: 9, length: 3)
        let diagnostic = Diagnostic(.unknownCommand("sdg", suggestion: "sgd"), at: span)
        #expect(diagnostic.description == "2:1: unknown command 'sdg' — did you mean 'sgd'?")
        let attached = diagnostic.attachingSource(SourceText("net 1 2\nsdg"))
        #expect(attached.description == "2:1: unknown command 'sdg' — did you mean 'sgd'?\n  sdg\n  ^~~")
    }

    @Test func crlfLinesAreEchoedWithoutTheCarriageReturn() {
        let source = SourceText("seed 1\r\nsdg\r\n")
        #expect(source.line(1) == "seed 1")
        #expect(source.line(2) == "sdg")
        #expect(source.line(3) == "")
        #expect(source.line(4) == nil)
        #expect(source.location(at: 8) == SourceLocation(line: 2, column: 1))
    }
}
