import Testing
@testable import NNScript

/// Renders tokens one per line as `LINE:COL kind`, the golden form used below.
func tokenDump(_ text: String) throws -> String {
    try Lexer.tokenize(SourceText(text)).map { token in
        "\(token.span.start.line):\(token.span.start.column) \(token.kind)"
    }.joined(separator: "\n")
}

/// Golden token streams for every kind of token.
@Suite struct LexerTests {
    @Test func commandWithKeywordArguments() throws {
        #expect(try tokenDump("sgd epochs=30 eta=3.0 m=10") == """
            1:1 'sgd'
            1:5 'epochs'
            1:11 '='
            1:12 '30'
            1:15 'eta'
            1:18 '='
            1:19 '3.0'
            1:23 'm'
            1:24 '='
            1:25 '10'
            1:27 end of input
            """)
    }

    @Test func hyphenatedNamesAndPaths() throws {
        #expect(try tokenDump("net 784 10 cost=cross-entropy; sgd stop-after=3\nsave ../models/net-1.json") == """
            1:1 'net'
            1:5 '784'
            1:9 '10'
            1:12 'cost'
            1:16 '='
            1:17 'cross-entropy'
            1:30 ';'
            1:32 'sgd'
            1:36 'stop-after'
            1:46 '='
            1:47 '3'
            1:48 a new line
            2:1 'save'
            2:6 '../models/net-1.json'
            2:26 end of input
            """)
    }

    @Test func numbersOfEveryShape() throws {
        let tokens = try Lexer.tokenize(SourceText("30 -1 0.5 1e-3 2.5E+2 .5 -0.25 -.5"))
        let numbers = tokens.compactMap { token -> String? in
            guard case .number(let number) = token.kind else { return nil }
            return "\(number.text)=\(number.value)"
        }
        #expect(numbers == ["30=30.0", "-1=-1.0", "0.5=0.5", "1e-3=0.001", "2.5E+2=250.0", ".5=0.5",
                            "-0.25=-0.25", "-.5=-0.5"])
    }

    @Test func stringsWithEscapesAndSpaces() throws {
        #expect(try tokenDump(#"open "my models/net 1.json" 'it\'s' "a\\b\"c\td""#) == #"""
            1:1 'open'
            1:6 "my models/net 1.json"
            1:29 "it's"
            1:37 "a\b"c	d"
            1:49 end of input
            """#)
    }

    @Test func variablesBracketsAndIndexing() throws {
        #expect(try tokenDump("for eta in [$a, 1.0] { show test[7] }") == """
            1:1 'for'
            1:5 'eta'
            1:9 'in'
            1:12 '['
            1:13 '$a'
            1:15 ','
            1:17 '1.0'
            1:20 ']'
            1:22 '{'
            1:24 'show'
            1:29 'test'
            1:33 '['
            1:34 '7'
            1:35 ']'
            1:37 '}'
            1:38 end of input
            """)
    }

    @Test func commentsAreSkippedButTheirNewlinesKept() throws {
        #expect(try tokenDump("# chapter 1\nseed 1 # fixed\n") == """
            1:12 a new line
            2:1 'seed'
            2:6 '1'
            2:15 a new line
            3:1 end of input
            """)
    }

    @Test func backslashAtLineEndJoinsLines() throws {
        #expect(try tokenDump("sgd epochs=30 \\  \n    eta=3.0") == """
            1:1 'sgd'
            1:5 'epochs'
            1:11 '='
            1:12 '30'
            2:5 'eta'
            2:8 '='
            2:9 '3.0'
            2:12 end of input
            """)
    }

    @Test func trailingBackslashAtEndOfInputIsRemembered() throws {
        var lexer = Lexer(SourceText("sgd epochs=30 \\"))
        _ = try lexer.tokenizeAll()
        #expect(lexer.endsWithContinuation)
    }

    @Test func stringsMaySpanLines() throws {
        let tokens = try Lexer.tokenize(SourceText("echo \"two\nlines\" x"))
        #expect(tokens[1].kind == .string("two\nlines"))
        #expect(tokens[2].span.start == SourceLocation(line: 2, column: 8))
    }

    @Test func shebangLineIsAComment() throws {
        #expect(try tokenDump("#!/usr/bin/env nns\ninfo") == "1:19 a new line\n2:1 'info'\n2:5 end of input")
    }
}
