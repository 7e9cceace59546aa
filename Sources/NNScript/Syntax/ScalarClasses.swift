/// Character classes of the nns lexer.
extension Unicode.Scalar {
    /// `0`–`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    /// Letters (any script) and `_`: what a name may start with.
    var isNameStart: Bool { self == "_" || properties.isAlphabetic }

    /// What a variable or argument name may contain after its first character:
    /// letters, digits, `_` and `-` (`stop-after`, `cross-entropy`).
    var isNameContinuation: Bool { isNameStart || isASCIIDigit || self == "-" }

    /// What a bare word may start with besides a name start: the first character of an
    /// unquoted path (`./runs`, `../data`, `/tmp/x`, `~/models`).
    var isPathStart: Bool { self == "." || self == "/" || self == "~" }

    /// What a bare word may contain: name characters plus `.`, `/`, `~` and `+` for paths
    /// (`models/net-1.json`).
    var isWordContinuation: Bool { isNameContinuation || isPathStart || self == "+" }

    /// Spaces and tabs (new lines are tokens of their own).
    var isInlineSpace: Bool { self == " " || self == "\t" || self == "\r" }
}

extension String {
    /// True when the string is a valid variable or argument name: a letter or `_`, then
    /// letters, digits, `_` and `-`.
    var isValidName: Bool {
        guard let first = unicodeScalars.first, first.isNameStart else { return false }
        return unicodeScalars.allSatisfy(\.isNameContinuation)
    }
}
