import Testing
@testable import NNScript

/// Parses `text` and renders each top-level statement's S-expression on its own line.
func astDump(_ text: String) throws -> String {
    try Script(parsing: text).statements.map(\.debugDescription).joined(separator: "\n")
}

/// Golden syntax trees.
@Suite struct ParserTests {
    @Test func commandWithPositionalAndKeywordArguments() throws {
        #expect(try astDump("net 784 30 10 act=relu cost=cross-entropy") ==
                "(command net 784 30 10 (act= relu) (cost= cross-entropy))")
        #expect(try astDump("sgd epochs=30 eta=3.0 m=10 lambda=5.0 stop-after=3") ==
                "(command sgd (epochs= 30) (eta= 3.0) (m= 10) (lambda= 5.0) (stop-after= 3))")
    }

    @Test func valuesOfEveryKind() throws {
        #expect(try astDump(#"x 1e-3 -1 "a b" word $v [784, 30, 10] test[7] train[$i] [] [[1, 2], [3]]"#) ==
                #"(command x 1e-3 -1 "a b" word $v (list 784 30 10) (index test 7) (index train $i) (list) (list (list 1 2) (list 3)))"#)
    }

    @Test func commaSeparatedValuesFormAList() throws {
        #expect(try astDump("sgd monitor=validation,test") == "(command sgd (monitor= (list validation test)))")
        #expect(try astDump("sgd monitor = validation, test m=10") ==
                "(command sgd (monitor= (list validation test)) (m= 10))")
    }

    @Test func spaceBeforeBracketIsNotIndexing() throws {
        #expect(try astDump("show test [7]") == "(command show test (list 7))")
    }

    @Test func listsMaySpanLinesAndEndWithAComma() throws {
        #expect(try astDump("net [784,\n     30,\n     10,\n]") == "(command net (list 784 30 10))")
    }

    @Test func letAndVariables() throws {
        #expect(try astDump("let eta = 0.5\nlet sizes = [784, 100, 10]; let sets = validation,test") == """
            (let eta 0.5)
            (let sizes (list 784 100 10))
            (let sets (list validation test))
            """)
    }

    @Test func oneLineLoop() throws {
        #expect(try astDump("for eta in [0.25, 1.0, 3.0] { net 784 30 10; sgd epochs=5 eta=$eta m=10 }") ==
                "(for eta (list 0.25 1.0 3.0) (command net 784 30 10) (command sgd (epochs= 5) (eta= $eta) (m= 10)))")
    }

    @Test func nestedMultiLineLoopsWithBraceOnTheNextLine() throws {
        let source = """
            for m in [10, 20]
            {
                for eta in [0.5, 3.0] {
                    net 784 30 10

                    sgd epochs=1 eta=$eta m=$m   # one epoch each
                }
                eval test
            }
            info
            """
        #expect(try astDump(source) == """
            (for m (list 10 20) (for eta (list 0.5 3.0) (command net 784 30 10) (command sgd (epochs= 1) (eta= $eta) (m= $m))) (command eval test))
            (command info)
            """)
    }

    @Test func timePrefixesAStatement() throws {
        #expect(try astDump("time sgd epochs=1") == "(time (command sgd (epochs= 1)))")
        #expect(try astDump("time for x in [1] { eval }") == "(time (for x (list 1) (command eval)))")
    }

    @Test func separatorsCommentsAndContinuations() throws {
        #expect(try astDump(";;\n# nothing\n  ;load mnist ;; seed 1;\nsgd \\\n  m=10\n") == """
            (command load mnist)
            (command seed 1)
            (command sgd (m= 10))
            """)
        #expect(try astDump("") == "")
        #expect(try astDump("# only a comment") == "")
    }

    @Test func spansCoverWhatWasWritten() throws {
        let script = try Script(parsing: "seed 1\n  sgd epochs=30 eta=$e")
        guard case .command(let call) = script.statements[1] else {
            Issue.record("expected a command")
            return
        }
        #expect(call.verb.span.start == SourceLocation(line: 2, column: 3))
        #expect(call.arguments[0].key?.span.start == SourceLocation(line: 2, column: 7))
        #expect(call.arguments[0].key?.span.length == 6)
        #expect(call.arguments[1].value.span.start.column == 21)
        #expect(script.text(of: call.span) == "sgd epochs=30 eta=$e")
        #expect(script.text(of: call.arguments[0].span) == "epochs=30")
    }

    @Test func loopSpansReachTheClosingBrace() throws {
        let script = try Script(parsing: "for x in [1, 2] {\n  eval\n}", file: "a.nns")
        let loop = try #require(script.statements.first)
        #expect(script.text(of: loop.span) == "for x in [1, 2] {\n  eval\n}")
        guard case .loop(_, _, _, let header, _) = loop else {
            Issue.record("expected a loop")
            return
        }
        #expect(script.text(of: header) == "for x in [1, 2]")
        #expect(header.start.file == "a.nns")
    }
}
