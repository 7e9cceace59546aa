/// A number as written in the source (`30`, `-1`, `0.5`, `1e-3`) and its value.
///
/// The text is kept so messages quote the user's own spelling ("got 1e-3", not "0.001").
public struct NumberLiteral: Sendable, Hashable, CustomStringConvertible {
    /// The literal exactly as written.
    public var text: String
    /// Its value as a double.
    public var value: Double

    /// Creates a literal from its text and value.
    public init(text: String, value: Double) {
        self.text = text
        self.value = value
    }

    /// Parses `text` (optional `-`, digits with an optional fraction, optional exponent);
    /// nil if it is not such a number.
    public init?(_ text: String) {
        guard let value = Double(text), value.isFinite, NumberLiteral.isWellFormed(text) else { return nil }
        self.init(text: text, value: value)
    }

    /// True when `text` is written like a number (see `isWellFormed`) but lies beyond the range
    /// of a double (`1e309`), so it is too large rather than not a number.
    static func isTooLarge(_ text: String) -> Bool {
        isWellFormed(text) && Double(text).map { !$0.isFinite } == true
    }

    /// The value as an `Int` when it is a whole number that fits (so `10`, `1e3` and `10.0`
    /// qualify, `10.5` does not). Digits alone are read exactly, up to `Int.max`; other
    /// spellings go through the double, so only up to 2⁵³, where doubles are still exact.
    public var integerValue: Int? {
        if let exact = Int(text) { return exact }
        guard isWhole, abs(value) <= Self.largestExactDouble else { return nil }
        return Int(value)
    }

    /// The value as a `UInt64` when it is a whole number from 0 to 2⁶⁴ − 1 (digits alone are read
    /// exactly; other spellings up to 2⁵³).
    public var unsignedValue: UInt64? {
        if let exact = UInt64(text) { return exact }
        guard isWhole, value >= 0, value <= Self.largestExactDouble else { return nil }
        return UInt64(value)
    }

    /// True when the number has no fraction (`10`, `1e3`, `10.0`, `1e20`), however large.
    public var isWhole: Bool { value.rounded() == value }

    /// 2⁵³: the largest whole number up to which every whole number is exactly a double.
    static let largestExactDouble = 9_007_199_254_740_992.0

    /// The text as written.
    public var description: String { text }

    /// True for `-?(digits[.digits]|.digits)([eE][+-]?digits)?` — Swift's `Double(_:)` also
    /// accepts `inf`, `nan` and hexadecimal, which nns does not.
    static func isWellFormed(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let integerDigits = scalars.prefix(while: \.isASCIIDigit).count
        scalars = scalars.dropFirst(integerDigits)
        var fractionDigits = 0
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fractionDigits = scalars.prefix(while: \.isASCIIDigit).count
            scalars = scalars.dropFirst(fractionDigits)
        }
        guard integerDigits + fractionDigits > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            let exponentDigits = scalars.prefix(while: \.isASCIIDigit).count
            guard exponentDigits > 0 else { return false }
            scalars = scalars.dropFirst(exponentDigits)
        }
        return scalars.isEmpty
    }
}
