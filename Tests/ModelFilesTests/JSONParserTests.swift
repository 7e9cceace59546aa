import Testing
@testable import ModelFiles

/// The strict JSON parser: values, escapes, the number grammar, and where errors are reported.
@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    private func syntaxError(_ text: String) -> JSONSyntaxError? {
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
    }

    @Test func numbersKeepTheirTextExactly() throws {
        guard case .array(let values) = try parse(" [0.1, -3.4028235e+38, 1e-45, -0.0, 0, 12E2] ") else {
            Issue.record("not an array")
            return
        }
        let texts = values.map { value -> String in
            if case .number(let text) = value { return text }
            return "?"
        }
        #expect(texts == ["0.1", "-3.4028235e+38", "1e-45", "-0.0", "0", "12E2"])
    }

    @Test func stringEscapesAndUnicode() throws {
        guard case .string(let text) = try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00 ü""#) else {
            Issue.record("not a string")
            return
        }
        #expect(text == "a\"b\\c/d\n\té😀 ü")
    }

    @Test func pythonStyleNonFiniteTokensAreNumbers() throws {
        guard case .array(let values) = try parse("[NaN, Infinity, -Infinity]") else {
            Issue.record("not an array")
            return
        }
        #expect(values.count == 3)
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        guard case .object(let members) = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": null}".utf8)) else {
            Issue.record("not an object")
            return
        }
        #expect(members.keys.sorted() == ["a"])
    }

    @Test func numbersOutsideTheGrammarAreRejected() {
        #expect(syntaxError("[01]") == JSONSyntaxError(line: 1, column: 3, problem: "numbers must not have leading zeros"))
        #expect(syntaxError("[1.]") == JSONSyntaxError(line: 1, column: 4, problem: "expected a digit after the decimal point, found ']'"))
        #expect(syntaxError("[.5]")?.problem.hasPrefix("expected a value") == true)
        #expect(syntaxError("[+1]")?.problem.hasPrefix("expected a value") == true)
        #expect(syntaxError("[1e]") == JSONSyntaxError(line: 1, column: 4, problem: "expected a digit in the exponent, found ']'"))
    }

    @Test func errorsSayWhereAndWhat() {
        #expect(syntaxError("{\n  \"a\": 1,\n  \"b\" 2\n}")
            == JSONSyntaxError(line: 3, column: 7, problem: "expected ':' after the member name \"b\", found '2'"))
        #expect(syntaxError("{\"a\": 1, \"a\": 2}")
            == JSONSyntaxError(line: 1, column: 10, problem: "the member \"a\" appears twice in the same object"))
        #expect(syntaxError("{\"é\": tru}")
            == JSONSyntaxError(line: 1, column: 7,
                               problem: "expected a value (number, string, array, object, true, false or null), found 't'"))
        #expect(syntaxError("[1] [2]")
            == JSONSyntaxError(line: 1, column: 5, problem: "unexpected '[' after the end of the JSON value"))
        #expect(syntaxError("[1, 2,]")?.problem.hasPrefix("expected a value") == true)
        #expect(syntaxError("\"tab\there\"")?.problem
            == "control character 0x9 inside a string; write it as an escape such as \\n")
        #expect(syntaxError("  \n ") == JSONSyntaxError(line: 2, column: 2, problem: "there is no JSON value, only whitespace"))
    }

    @Test func truncationNamesTheOpenContainer() {
        #expect(syntaxError("{\"weights\": [[1, 2],\n [3")
            == JSONSyntaxError(line: 2, column: 4, problem: "the file ends inside the array opened at line 2, column 2 "
                               + "(3 brackets still open); it looks truncated"))
        #expect(syntaxError("{\"name\": \"abc")
            == JSONSyntaxError(line: 1, column: 10, problem: "this string is never closed with '\"'; the file looks truncated"))
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(syntaxError(deep)?.problem == "arrays and objects are nested more than 64 deep")
        let allowed = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { try parse(allowed) }
    }

    @Test func invalidUTF8InAStringIsRefused() {
        #expect(throws: JSONSyntaxError(line: 1, column: 1, problem: "this string is not valid UTF-8")) {
            try JSONParser.parse([UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")])
        }
    }
}
