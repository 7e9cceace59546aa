/// A weighted layer's weights and biases copied into raw buffers for training (its kernel's
/// threads each update their own rows), plus the velocities of momentum SGD (allocated when
/// first used).
///
/// `weights` holds the layer's `Matrix` elements in the same row-major order, or — for the first
/// layer of a network trained on sparse inputs — nothing, the weights living in `inputLayer`
/// (columns reordered, lazily scaled: see `InputLayerWeights`).
final class LayerParameters {
    let weightRows: Int
    let weightColumns: Int
    /// `weightRows × weightColumns`, row-major (empty when `inputLayer` holds the weights).
    let weights: UnsafeMutablePointer<Float>
    let biases: UnsafeMutablePointer<Float>
    /// The first layer's weights when training on sparse inputs.
    let inputLayer: InputLayerWeights?
    /// v for the weights and for the biases, zero until momentum uses them.
    private(set) var weightVelocity: UnsafeMutablePointer<Float>?
    private(set) var biasVelocity: UnsafeMutablePointer<Float>?

    var weightCount: Int { weightRows * weightColumns }
    var biasCount: Int { weightRows }

    /// Buffers holding copies of `weights` and `biases`; with `inputOrder` the weights go to an
    /// `InputLayerWeights` with columns in that order instead.
    init(weights matrix: Matrix, biases: [Float], inputOrder: [Int]? = nil, sparse: Bool = false) {
        weightRows = matrix.rows
        weightColumns = matrix.columns
        if sparse {
            inputLayer = InputLayerWeights(copying: matrix, inputOrder: inputOrder)
            weights = .allocate(capacity: 0)
        } else {
            inputLayer = nil
            weights = .allocate(capacity: matrix.elements.count)
            weights.initialize(from: matrix.elements, count: matrix.elements.count)
        }
        self.biases = .allocate(capacity: biases.count)
        self.biases.initialize(from: biases, count: biases.count)
    }

    deinit {
        weights.deallocate()
        biases.deallocate()
        weightVelocity?.deallocate()
        biasVelocity?.deallocate()
    }

    /// Allocates zero velocities (once, before the first momentum step; not thread-safe).
    func prepareVelocities() {
        guard weightVelocity == nil else { return }
        let count = inputLayer == nil ? weightCount : weightRows * weightColumns
        weightVelocity = .allocate(capacity: count)
        weightVelocity?.initialize(repeating: 0, count: count)
        biasVelocity = .allocate(capacity: biasCount)
        biasVelocity?.initialize(repeating: 0, count: biasCount)
    }

    /// The weights as a `Matrix` (columns back in input order, scale applied).
    func weightMatrix() -> Matrix {
        var matrix = Matrix(rows: weightRows, columns: weightColumns)
        if let inputLayer {
            inputLayer.copy(into: &matrix)
        } else {
            matrix.elements = Array(UnsafeBufferPointer(start: weights, count: weightCount))
        }
        return matrix
    }

    /// The biases as an array.
    func biasArray() -> [Float] { Array(UnsafeBufferPointer(start: biases, count: biasCount)) }
}
