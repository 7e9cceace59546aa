import Testing
@testable import NNScript

/// The rendered diagnostic for text that fails to lex (or "" if it lexes).
func lexError(_ text: String, file: String? = nil) -> String {
    do {
        _ = try Lexer.tokenize(SourceText(text, file: file))
        return ""
    } catch {
        return error.description
    }
}

/// Golden messages, with caret, for every lexical error.
@Suite struct LexerErrorTests {
    @Test func unterminatedStringPointsAtTheOpeningQuote() {
        #expect(lexError(#"save "my model.json"#) == """
            1:6: unterminated string — add the closing " (a string may span lines, so everything after this quote was read as text)
              save "my model.json
                   ^~~~~~~~~~~~~~
            """)
    }

    @Test func badNumbers() {
        #expect(lexError("sgd epochs=10x") == """
            1:12: '10x' is not a number — write numbers like 30, 0.5 or 1e-3, and quote names or paths that start with a digit ("10x")
              sgd epochs=10x
                         ^~~
            """)
        #expect(lexError("sgd eta=1.2.3").hasPrefix("1:9: '1.2.3' is not a number"))
        #expect(lexError("sgd eta=1e").hasPrefix("1:9: '1e' is not a number"))
        #expect(lexError("save 2.json").hasPrefix("1:6: '2.json' is not a number"))
    }

    @Test func strayCharacter() {
        #expect(lexError("seed 1\nnet 784 @ 10", file: "x.nns") == """
            x.nns:2:9: unexpected character '@' — quote text that contains it, e.g. "a@b"
              net 784 @ 10
                      ^
            """)
    }

    @Test func unknownEscape() {
        #expect(lexError(#"open "C:\models""#) == #"""
            1:9: unknown escape '\m' in a string — use \\ for a backslash, \" or \' for a quote, \n for a new line, \t for a tab
              open "C:\models"
                      ^~
            """#)
    }

    @Test func backslashInTheMiddleOfALine() {
        #expect(lexError("sgd \\ eta=1") == """
            1:5: '\\' continues a command only as the last character of a line
              sgd \\ eta=1
                  ^
            """)
    }

    @Test func dollarWithoutName() {
        #expect(lexError("sgd eta=$ m=1") == """
            1:9: '$' must be followed by a variable name, as in $eta
              sgd eta=$ m=1
                      ^
            """)
    }

    @Test func unterminatedStringNeedsMoreInput() throws {
        let error = try #require(throws: Diagnostic.self) { try Lexer.tokenize(SourceText("save \"a")) }
        #expect(error.needsMoreInput)
        let other = try #require(throws: Diagnostic.self) { try Lexer.tokenize(SourceText("save @")) }
        #expect(!other.needsMoreInput)
    }
}
