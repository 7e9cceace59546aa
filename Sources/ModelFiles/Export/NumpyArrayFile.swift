/// The bytes of `.npy` files (numpy's array format, version 1.0): the magic `\x93NUMPY`, version
/// 1.0, a little-endian UInt16 header length, a Python-literal header
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (10, 30), }` padded with spaces and a
/// newline so the data starts at a multiple of 64 bytes, then the elements in C (row-major) order.
enum NumpyArrayFile {
    /// Float32 elements (`<f4`) of the given shape, row-major.
    /// - Precondition: `values.count` is the product of `shape`.
    static func float32(_ values: [Float], shape: [Int]) -> [UInt8] {
        precondition(values.count == shape.reduce(1, *), "npy: \(values.count) values for shape \(shape)")
        var bytes = header(descr: "<f4", shape: shape)
        bytes.appendLittleEndian(values)
        return bytes
    }

    /// Int64 elements (`<i8`), one dimension.
    static func int64(_ values: [Int]) -> [UInt8] {
        var bytes = header(descr: "<i8", shape: [values.count])
        for value in values { bytes.appendLittleEndian(Int64(value)) }
        return bytes
    }

    /// Fixed-width Unicode strings (`<U<n>`, n = the longest string's scalars, at least 1): each
    /// string as UTF-32LE code points padded with zeros. `shape` is `[]` for a single string
    /// (a 0-d array) or `[count]`.
    static func unicode(_ strings: [String], shape: [Int]) -> [UInt8] {
        precondition(strings.count == shape.reduce(1, *), "npy: \(strings.count) strings for shape \(shape)")
        let width = max(1, strings.map(\.unicodeScalars.count).max() ?? 1)
        var bytes = header(descr: "<U\(width)", shape: shape)
        for string in strings {
            let scalars = string.unicodeScalars.map(\.value)
            for scalar in scalars + repeatElement(0, count: width - scalars.count) { bytes.appendLittleEndian(scalar) }
        }
        return bytes
    }

    /// Magic, version and padded header for an array of `descr` elements and `shape`.
    private static func header(descr: String, shape: [Int]) -> [UInt8] {
        let dimensions = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var text = Array("{'descr': '\(descr)', 'fortran_order': False, 'shape': \(dimensions), }".utf8)
        let prefixLength = 10  // magic (6) + version (2) + header length (2)
        let total = (prefixLength + text.count + 1 + 63) / 64 * 64
        text += repeatElement(UInt8(ascii: " "), count: total - prefixLength - text.count - 1)
        text.append(UInt8(ascii: "\n"))
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        bytes.appendLittleEndian(UInt16(text.count))
        return bytes + text
    }
}
