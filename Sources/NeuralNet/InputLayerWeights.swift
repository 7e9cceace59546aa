/// The first weight layer w^0 (`outputCount × inputCount`, row-major, as in `Network`) as
/// training keeps it: its columns in the order of `inputOrder` and a lazily applied scale,
/// w_{j, inputOrder[p]} = `scale` · `stored[j * inputCount + p]`.
///
/// The order puts the inputs that are most often non-zero first (see `SparseInputs`), so the
/// inputs a mini-batch uses fall in a prefix of the stored columns and the products of the
/// first layer can stop at the prefix. The scale turns the L2 decay w → (1 − ηλ/n) w, which
/// touches every weight, into one multiplication per mini-batch; it is folded into the stored
/// values only when it would leave [2⁻¹⁰, 2¹⁰] (or is not finite), so the stored values stay
/// close to the true ones.
final class InputLayerWeights {
    let inputCount: Int
    let outputCount: Int
    /// `inputOrder[p]`: the input whose weights are in stored column p; nil for 0, 1, 2, ….
    let inputOrder: [Int]?
    /// `outputCount × inputCount` row-major: w_{j, inputOrder[p]} / `scale` at `j * inputCount + p`.
    let stored: UnsafeMutablePointer<Float>
    /// The factor every stored value is multiplied by to give w.
    private(set) var scale: Float = 1

    private static let scaleRange: ClosedRange<Float> = 0x1p-10 ... 0x1p10

    /// A copy of `matrix` (`outputCount × inputCount`) with columns reordered by `inputOrder`
    /// (a permutation of `0 ..< matrix.columns`, or nil), scale 1.
    init(copying matrix: Matrix, inputOrder: [Int]?) {
        (inputCount, outputCount, self.inputOrder) = (matrix.columns, matrix.rows, inputOrder)
        stored = .allocate(capacity: matrix.elements.count)
        stored.initialize(from: matrix.elements, count: matrix.elements.count)
        if let inputOrder {
            for j in 0..<outputCount {
                let row = stored + j * inputCount
                for p in 0..<inputCount { row[p] = matrix.elements[j * inputCount + inputOrder[p]] }
            }
        }
    }

    deinit { stored.deallocate() }

    /// Writes w = scale · stored, columns back in input order, into `matrix` (same shape).
    func copy(into matrix: inout Matrix) {
        let (columns, scale, stored) = (inputCount, scale, stored)
        matrix.elements.withUnsafeMutableBufferPointer { w in
            guard let inputOrder else {
                for i in w.indices { w[i] = scale * stored[i] }
                return
            }
            for j in 0..<outputCount {
                for p in 0..<columns { w[j * columns + inputOrder[p]] = scale * stored[j * columns + p] }
            }
        }
    }

    /// w → factor · w for every weight. Usually only `scale` changes; when the product leaves the
    /// safe range (or `factor` is 0, negative or not finite) it is multiplied into the stored
    /// values instead and `scale` becomes 1.
    func multiply(by factor: Float) {
        if factor == 1 { return }
        let product = scale * factor
        if Self.scaleRange.contains(product) {
            scale = product
            return
        }
        for i in 0..<inputCount * outputCount { stored[i] *= product }
        scale = 1
    }
}

extension InputLayerWeights {
    /// Stored value `(row, position)`'s address: row j of the stored matrix, position p.
    @inline(__always)
    func storedRow(_ j: Int) -> UnsafeMutablePointer<Float> { stored + j * inputCount }
}
