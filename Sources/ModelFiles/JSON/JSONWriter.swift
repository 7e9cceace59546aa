/// Writes JSON text as UTF-8 bytes, with each array or object laid out either on one line
/// (`[784, 30, 10]`) or one element per line, indented two spaces per level.
///
/// Numbers are written with their shortest round-tripping digits (Swift's `description`), so
/// a Float32 read back with `Float(text)` — or numpy's `float32(float(text))` — has the same
/// bits. Non-finite numbers have no JSON form: `finiteOrString` writes them as the strings
/// `"NaN"`, `"Infinity"`, `"-Infinity"`; `float` requires finite values.
struct JSONWriter {
    /// The text written so far.
    private(set) var bytes: [UInt8] = []
    /// For each open container: laid out one element per line, and whether it has an element yet.
    private var containers: [(multiline: Bool, isEmpty: Bool)] = []
    /// True right after a member name, whose value follows without a separator.
    private var afterKey = false

    /// A writer with room reserved for about `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func openObject(multiline: Bool) { open(UInt8(ascii: "{"), multiline: multiline) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray(multiline: Bool) { open(UInt8(ascii: "["), multiline: multiline) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// The name of the next object member; its value is the next thing written.
    mutating func key(_ name: String) {
        string(name)
        bytes.append(contentsOf: ": ".utf8)
        afterKey = true
    }

    mutating func string(_ text: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: "\\\"".utf8)
            case "\\": bytes.append(contentsOf: "\\\\".utf8)
            case "\n": bytes.append(contentsOf: "\\n".utf8)
            case "\r": bytes.append(contentsOf: "\\r".utf8)
            case "\t": bytes.append(contentsOf: "\\t".utf8)
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A finite Float32 in its shortest round-tripping form (`0.1`, `1e-05`, `-3.4028235e+38`).
    /// - Precondition: `value.isFinite` (callers validate parameters first).
    mutating func float(_ value: Float) {
        precondition(value.isFinite, "JSONWriter.float needs a finite value")
        number(value.description)
    }

    /// A Float or Double in its shortest round-tripping form, or for NaN/±∞ the string `"NaN"`,
    /// `"Infinity"` or `"-Infinity"`.
    mutating func finiteOrString<Real: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Real) {
        if value.isFinite {
            number(value.description)
        } else {
            string(value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity")
        }
    }

    mutating func integer<T: BinaryInteger>(_ value: T) { number(String(value)) }

    mutating func null() { number("null") }

    /// Finite `Float`s as one single-line array.
    mutating func floatArray(_ values: some Collection<Float>) {
        inlineArray(values) { $0.float($1) }
    }

    /// Floats or Doubles as one single-line array, non-finite ones as strings (`finiteOrString`).
    mutating func realArray<Real: BinaryFloatingPoint & LosslessStringConvertible>(_ values: [Real]) {
        inlineArray(values) { $0.finiteOrString($1) }
    }

    /// Integers as one single-line array.
    mutating func integerArray(_ values: [Int]) {
        inlineArray(values) { $0.integer($1) }
    }

    /// Strings as one single-line array.
    mutating func stringArray(_ values: [String]) {
        inlineArray(values) { $0.string($1) }
    }

    private mutating func inlineArray<Values: Collection>(_ values: Values, _ element: (inout JSONWriter, Values.Element) -> Void) {
        openArray(multiline: false)
        for value in values { element(&self, value) }
        closeArray()
    }

    private mutating func number(_ text: String) {
        separate()
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func open(_ bracket: UInt8, multiline: Bool) {
        separate()
        bytes.append(bracket)
        containers.append((multiline, true))
    }

    private mutating func close(_ bracket: UInt8) {
        let container = containers.removeLast()
        if container.multiline && !container.isEmpty { newline() }
        bytes.append(bracket)
        if containers.isEmpty { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Writes what goes before an element: a comma after the previous one, then a newline and
    /// indentation or a space.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = containers.indices.last else { return }
        let container = containers[last]
        if !container.isEmpty { bytes.append(UInt8(ascii: ",")) }
        if container.multiline {
            newline()
        } else if !container.isEmpty {
            bytes.append(UInt8(ascii: " "))
        }
        containers[last].isEmpty = false
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * containers.count))
    }
}
