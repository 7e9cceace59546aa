/// A strict RFC 8259 JSON parser over UTF-8 bytes that reports the line and column of the first
/// error and what it expected there.
///
/// Deviations, all in the reader's favour: a leading UTF-8 byte-order mark is skipped; the
/// tokens `NaN`, `Infinity` and `-Infinity` are read as numbers (so non-finite parameters get a
/// precise message later); duplicate object keys are an error; nesting deeper than
/// `maximumDepth` is an error (so a hostile file cannot exhaust the stack).
struct JSONParser {
    /// Arrays and objects nested deeper than this are refused.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    /// Asked every `valuesBetweenChecks` values; yes stops the parse with `Interrupted`.
    private let isCancelled: () -> Bool
    private var valuesUntilCheck = JSONParser.valuesBetweenChecks
    /// Values parsed between two looks at `isCancelled`.
    static let valuesBetweenChecks = 1 << 16

    /// Thrown (as the syntax error's problem) when the caller asked to stop.
    static let interruptedProblem = "interrupted"
    /// Offsets of the arrays and objects opened and not yet closed, innermost last.
    private var open: [Int] = []

    /// The single JSON value that `bytes` holds (surrounding whitespace allowed).
    static func parse(_ bytes: [UInt8], isCancelled: @escaping () -> Bool = { false }) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, isCancelled: isCancelled)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        guard parser.index < bytes.count else { throw parser.error("there is no JSON value, only whitespace") }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw parser.error("unexpected \(parser.found) after the end of the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8], isCancelled: @escaping () -> Bool) {
        self.bytes = bytes
        self.isCancelled = isCancelled
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw endOfInput(expecting: "a value") }
        valuesUntilCheck -= 1
        if valuesUntilCheck == 0 {
            valuesUntilCheck = Self.valuesBetweenChecks
            if isCancelled() { throw error(Self.interruptedProblem) }
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "N"): try expectWord("NaN"); return .number("NaN")
        case UInt8(ascii: "I"): try expectWord("Infinity"); return .number("Infinity")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("expected a value (number, string, array, object, true, false or null), found \(found)")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if try consumeIf("}") { return leaveContainer(.object(members)) }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw endOfInput(expecting: "a member name") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a member name in double quotes, found \(found)")
            }
            let keyStart = index
            let key = try parseString()
            guard members[key] == nil else {
                index = keyStart
                throw error("the member \"\(key)\" appears twice in the same object")
            }
            skipWhitespace()
            guard try consumeIf(":") else { throw error("expected ':' after the member name \"\(key)\", found \(found)") }
            skipWhitespace()
            members[key] = try parseValue()
            skipWhitespace()
            if try consumeIf(",") { continue }
            if try consumeIf("}") { return leaveContainer(.object(members)) }
            throw error("expected ',' or '}' after the value of \"\(key)\", found \(found)")
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        var elements: [JSONValue] = []
        skipWhitespace()
        if try consumeIf("]") { return leaveContainer(.array(elements)) }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if try consumeIf(",") { continue }
            if try consumeIf("]") { return leaveContainer(.array(elements)) }
            throw error("expected ',' or ']' after an array element, found \(found)")
        }
    }

    private mutating func enterContainer() throws(JSONSyntaxError) {
        guard open.count < Self.maximumDepth else {
            throw error("arrays and objects are nested more than \(Self.maximumDepth) deep")
        }
        open.append(index)
        index += 1
    }

    private mutating func leaveContainer(_ value: JSONValue) -> JSONValue {
        open.removeLast()
        return value
    }

    // MARK: Scalars

    /// A number's text, checked against JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    /// (or `-Infinity`).
    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "I") {
                try expectWord("Infinity")
                return "-Infinity"
            }
        }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit, found \(found)") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("numbers must not have leading zeros") }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("expected a digit after the decimal point, found \(found)")
            }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("expected a digit in the exponent, found \(found)")
            }
            skipDigits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else {
                index = start
                throw error("this string is never closed with '\"'; the file looks truncated")
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    index = start
                    throw error("this string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                try parseEscape(into: &utf8)
            case 0..<0x20:
                throw error("control character 0x\(String(byte, radix: 16)) inside a string; write it as an escape such as \\n")
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        index += 1
        guard index < bytes.count else { throw endOfInput(expecting: "an escape character") }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[bytes[index]] {
            utf8.append(replacement)
            index += 1
            return
        }
        guard bytes[index] == UInt8(ascii: "u") else {
            throw error("unknown escape '\\\(found.trimmingQuotes)'; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
        var scalar = try parseHexQuad()
        if (0xD800..<0xDC00).contains(scalar) {
            guard bytes[index...].starts(with: Array("\\u".utf8)) else { throw error("a high surrogate must be followed by \\uDC00…\\uDFFF") }
            index += 1
            let low = try parseHexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw error("a high surrogate must be followed by \\uDC00…\\uDFFF") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw error("\\u escape of a lone surrogate") }
        utf8.append(contentsOf: String(Character(unicode)).utf8)
    }

    /// Four hex digits after `\u` (index on the `u`); leaves index after them.
    private mutating func parseHexQuad() throws(JSONSyntaxError) -> UInt32 {
        index += 1
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                throw error("expected four hex digits after \\u, found \(found)")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let start = index
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else {
                index = start
                throw error("expected a value (number, string, array, object, true, false or null), found \(found)")
            }
            index += 1
        }
    }

    // MARK: Helpers

    private mutating func consumeIf(_ character: Unicode.Scalar) throws(JSONSyntaxError) -> Bool {
        guard index < bytes.count else {
            throw endOfInput(expecting: character == "," ? "',' or a closing bracket" : "'\(character)'")
        }
        guard bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The character at `index` for messages: `'x'`, `byte 0x93`, or `the end of the file`.
    private var found: String {
        guard index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// The error for running out of bytes: says which container is still open, since that is
    /// what a truncated file looks like.
    private func endOfInput(expecting expected: String) -> JSONSyntaxError {
        guard let innermost = open.last else { return error("the file ends where \(expected) was expected") }
        let kind = bytes[innermost] == UInt8(ascii: "[") ? "array" : "object"
        let start = TextPosition(offset: innermost, in: bytes)
        return error("the file ends inside the \(kind) opened at line \(start.line), column \(start.column) "
                     + "(\(counted(open.count, "bracket")) still open); it looks truncated")
    }

    private func error(_ problem: String) -> JSONSyntaxError {
        let position = TextPosition(offset: index, in: bytes)
        return JSONSyntaxError(line: position.line, column: position.column, problem: problem)
    }
}

extension String {
    /// `'x'` → `x`, for quoting a found character inside another phrase.
    fileprivate var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 3 ? String(dropFirst().dropLast()) : self
    }
}
