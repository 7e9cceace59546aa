/// Elementwise loops that the optimiser does not vectorise by itself (a select between two
/// buffers that may alias, short copies it turns into `memcpy` calls), written over `SIMD8`
/// chunks: they compile to SSE on any x86-64 (no CPU-specific flags), with a scalar tail.
enum VectorLoops {
    typealias Vector = SIMD8<Float>
    static let width = Vector.scalarCount

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    /// v ← max(v, 0) for `count` values (NaN becomes 0).
    static func relu(_ v: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + width <= count {
            let x = load(v + i)
            store(x.replacing(with: 0, where: .!(x .> 0)), v + i)
            i += width
        }
        while i < count { v[i] = v[i] > 0 ? v[i] : 0; i += 1 }
    }

    /// d ← d where a > 0, else 0, for `count` values.
    static func keepWherePositive(_ d: UnsafeMutablePointer<Float>, _ a: UnsafePointer<Float>, count: Int) {
        var i = 0
        while i + width <= count {
            store(load(d + i).replacing(with: 0, where: .!(load(a + i) .> 0)), d + i)
            i += width
        }
        while i < count { d[i] = a[i] > 0 ? d[i] : 0; i += 1 }
    }

    /// target[i] += source[i] for `count` values.
    @inline(__always)
    static func add(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + width <= count {
            store(load(target + i) + load(source + i), target + i)
            i += width
        }
        while i < count { target[i] += source[i]; i += 1 }
    }

    /// Copies `count` values; inline for short runs (an im2col run of 5 values is too short to
    /// pay for a `memcpy` call).
    @inline(__always)
    static func copy(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
        guard count <= 4 * width else { return target.update(from: source, count: count) }
        var i = 0
        while i + width <= count {
            store(load(source + i), target + i)
            i += width
        }
        while i < count { target[i] = source[i]; i += 1 }
    }
}
