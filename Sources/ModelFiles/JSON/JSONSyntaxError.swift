/// Why some bytes are not JSON, and where: the 1-based line and column (in characters) of the
/// first byte the parser could not accept.
struct JSONSyntaxError: Error, Equatable {
    /// 1-based line number.
    let line: Int
    /// 1-based column, counted in Unicode scalars.
    let column: Int
    /// What was wrong there, e.g. `expected ',' or ']' after an array element, found 'x'`.
    let problem: String
}

/// A 1-based line and column in a UTF-8 text.
struct TextPosition: Equatable {
    let line: Int
    let column: Int

    /// The position of byte `offset` of `bytes` (UTF-8 continuation bytes do not count as columns).
    init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }
}
