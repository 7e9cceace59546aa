import Testing
@testable import NNScript

/// The rendered diagnostic for text that fails to parse (or "" if it parses).
func parseError(_ text: String, file: String? = nil) -> String {
    do {
        _ = try Script(parsing: text, file: file)
        return ""
    } catch {
        return error.description
    }
}

/// Golden messages, with caret, for every syntax error.
@Suite struct ParserErrorTests {
    @Test func unclosedBlockPointsAtItsBrace() {
        #expect(parseError("for eta in [1, 2] {\n  sgd eta=$eta\n", file: "sweep.nns") == """
            sweep.nns:1:19: '{' is never closed — add '}'
              for eta in [1, 2] {
                                ^
            """)
    }

    @Test func unclosedList() {
        #expect(parseError("net [784, 30") == """
            1:5: '[' is never closed — add ']'
              net [784, 30
                  ^
            """)
        #expect(parseError("show test[7").hasPrefix("1:10: '[' is never closed"))
    }

    @Test func unmatchedClosers() {
        #expect(parseError("eval test }") == """
            1:11: '}' has no matching '{' before it
              eval test }
                        ^
            """)
        #expect(parseError("net 784 30]").hasPrefix("1:11: ']' has no matching '[' before it"))
    }

    @Test func loopWithoutBody() {
        #expect(parseError("for x in [1] eval") == """
            1:14: expected '{' to start the loop body, found 'eval'
              for x in [1] eval
                           ^~~~
            """)
        #expect(parseError("for x [1] { }").hasPrefix("1:7: expected 'in' after 'for x', found '['"))
        #expect(parseError("for 3 in [1] { }").hasPrefix("1:5: expected a variable name after 'for', found '3'"))
    }

    @Test func badLet() {
        #expect(parseError("let eta 0.5") == """
            1:9: expected '=' after 'let eta', found '0.5'
              let eta 0.5
                      ^~~
            """)
        #expect(parseError("let a/b = 1") == """
            1:5: 'a/b' is not a valid variable name — use letters, digits, '_' and '-', starting with a letter or '_'
              let a/b = 1
                  ^~~
            """)
        #expect(parseError("let x =").hasPrefix("1:8: expected a value after 'let x =', found end of input"))
    }

    @Test func missingValueAfterKey() {
        #expect(parseError("sgd eta= m=10") == """
            1:10: expected a value after 'eta=', found 'm'
              sgd eta= m=10
                       ^
            """)
    }

    @Test func keyAtEndOfLine() {
        #expect(parseError("sgd eta=\nm=10") == """
            1:9: expected a value after 'eta=', found a new line
              sgd eta=
                      ^
            """)
    }

    @Test func statementMustStartWithACommand() {
        #expect(parseError("30 epochs") == """
            1:1: expected a command, found '30'
              30 epochs
              ^~
            """)
        #expect(parseError("sgd =3").hasPrefix("1:5: expected an argument name before '=', found '='"))
        #expect(parseError("net [1,,2]").hasPrefix("1:8: expected a value after ',', found ','"))
        #expect(parseError("net [1 2]").hasPrefix("1:8: expected ',' or ']' in the list, found '2'"))
        #expect(parseError("time").hasPrefix("1:5: expected a command after 'time', found end of input"))
    }

    @Test func somethingAfterALoopOnTheSameLine() {
        #expect(parseError("for x in [1] { eval } info").hasPrefix(
            "1:23: expected ';' or a new line after the command, found 'info'"))
    }

    @Test func incompleteInputIsFlagged() throws {
        for text in ["for x in [1] {", "net [784,", "for x in [1]", "show test[", "save \"a"] {
            let error = try #require(throws: Diagnostic.self) { try Script(parsing: text) }
            #expect(error.needsMoreInput, "\(text)")
        }
        for text in ["eval }", "net ]", "let x =", "sgd eta=", "for x in [1] eval"] {
            let error = try #require(throws: Diagnostic.self) { try Script(parsing: text) }
            #expect(!error.needsMoreInput, "\(text)")
        }
    }
}
