/// `FullyConnectedLayer` on a mini-batch, split by neurons: z[:, j] = x·w[j]ᵀ + b_j and a = σ(z)
/// for the neurons j of a part (one GEMM); ∂C/∂x[:, k] = δ·w[:, k] for the inputs k of a part;
/// and the update of the rows w[j] of a part from Σ∇w = δ[:, j]ᵀ·x, fused into that GEMM
/// through β (without momentum), Σ∇b = column sums of δ.
final class FullyConnectedKernel: LayerKernel {
    let inputCount: Int
    let outputCount: Int
    let capacity: Int
    let activation: Activation
    let parameters: LayerParameters
    /// Σ∇w (`outputCount × inputCount`) and Σ∇b: of `accumulateGradient`, or of a momentum step.
    private let weightGradient: UnsafeMutablePointer<Float>
    private let biasSums: UnsafeMutablePointer<Float>

    init(inputCount: Int, outputCount: Int, capacity: Int, activation: Activation, parameters: LayerParameters) {
        (self.inputCount, self.outputCount, self.capacity) = (inputCount, outputCount, capacity)
        self.activation = activation
        self.parameters = parameters
        weightGradient = .allocate(capacity: inputCount * outputCount)
        biasSums = .allocate(capacity: outputCount)
    }

    deinit {
        weightGradient.deallocate()
        biasSums.deallocate()
    }

    var forwardSplit: BatchSplit { .columns }
    var inputGradientSplit: BatchSplit { .columns }
    var updateUnits: Int { outputCount }

    func forward(_ x: UnsafePointer<Float>, rows: Int, into z: UnsafeMutablePointer<Float>, part: BatchPart, training: Bool) {
        let neurons = Self.columns(part, outputCount)
        let (lo, count) = (neurons.lowerBound, neurons.count)
        guard count > 0 else { return }
        for r in 0..<rows { (z + r * outputCount + lo).update(from: parameters.biases + lo, count: count) }
        BLAS.multiply(rows: rows, columns: count, inner: inputCount,
                      alpha: 1, x, lda: inputCount, parameters.weights + lo * inputCount, transposeB: true, ldb: inputCount,
                      beta: 1, into: z + lo, ldc: outputCount)
        activate(z, rows: rows, part: part)
    }

    func inputGradient(_ delta: UnsafePointer<Float>, rows: Int, into g: UnsafeMutablePointer<Float>, part: BatchPart) {
        let inputs = Self.columns(part, inputCount)
        BLAS.multiply(rows: rows, columns: inputs.count, inner: outputCount,
                      alpha: 1, delta, lda: outputCount, parameters.weights + inputs.lowerBound, ldb: inputCount,
                      beta: 0, into: g + inputs.lowerBound, ldc: inputCount)
    }

    func update(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int, units neurons: Range<Int>, step: UpdateStep) {
        Self.updateRows(neurons, of: parameters, delta: delta, deltaColumns: outputCount, x: x, xColumns: inputCount,
                        rows: rows, step: step, weightGradient: weightGradient, biasSums: biasSums)
    }

    func accumulateGradient(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int) {
        BatchArithmetic.accumulateGradient(delta: delta, x: x, rows: rows, outputs: outputCount, inputs: inputCount,
                                           weightGradient: weightGradient, biasSums: biasSums)
    }

    func applyGradients(summing others: [LayerKernel], units: Range<Int>, step: UpdateStep) {
        Self.applySummed(others.compactMap(\.accumulatedWeightGradient), others.compactMap(\.accumulatedBiasGradient),
                         units: units, columns: inputCount, step: step, parameters: parameters,
                         weightGradient: weightGradient, biasSums: biasSums)
    }

    var accumulatedWeightGradient: UnsafeBufferPointer<Float>? { UnsafeBufferPointer(start: weightGradient, count: inputCount * outputCount) }
    var accumulatedBiasGradient: UnsafeBufferPointer<Float>? { UnsafeBufferPointer(start: biasSums, count: outputCount) }

    /// Rows `units` of a dense layer (`columns` weights each): g ← g + Σ others' g, then `step`
    /// from g on those weights and biases.
    static func applySummed(
        _ weightGradients: [UnsafeBufferPointer<Float>], _ biasGradients: [UnsafeBufferPointer<Float>],
        units: Range<Int>, columns: Int, step: UpdateStep, parameters: LayerParameters,
        weightGradient: UnsafeMutablePointer<Float>, biasSums: UnsafeMutablePointer<Float>
    ) {
        let elements = units.lowerBound * columns ..< units.upperBound * columns
        for other in weightGradients {
            VectorLoops.add(other.baseAddress! + elements.lowerBound, to: weightGradient + elements.lowerBound, count: elements.count)
        }
        for other in biasGradients { for j in units { biasSums[j] += other[j] } }
        BatchArithmetic.apply(step, to: parameters.weights, velocity: parameters.weightVelocity, gradient: weightGradient,
                              range: elements, decays: true)
        BatchArithmetic.apply(step, to: parameters.biases, velocity: parameters.biasVelocity, gradient: biasSums,
                              range: units, decays: false)
    }

    /// The column range of a `.columns` part (a fully connected layer is only split by columns).
    static func columns(_ part: BatchPart, _ count: Int) -> Range<Int> {
        guard case .columns(let range) = part else { return 0..<count }
        return range
    }

    /// Applies `step` to rows `units` of a dense weight matrix (`units.count × xColumns` from row
    /// `units.lowerBound`) and their biases, from δ (`rows × deltaColumns`; its columns `units`)
    /// and x (`rows × xColumns`): one GEMM with the update fused in through β for plain SGD, or
    /// into the gradient buffers and then v ← μv + αg − dw, w ← w + v with momentum.
    static func updateRows(
        _ units: Range<Int>, of parameters: LayerParameters, delta: UnsafePointer<Float>, deltaColumns: Int,
        x: UnsafePointer<Float>, xColumns: Int, rows: Int, step: UpdateStep,
        weightGradient: UnsafeMutablePointer<Float>, biasSums: UnsafeMutablePointer<Float>
    ) {
        let (lo, count) = (units.lowerBound, units.count)
        guard count > 0 else { return }
        let fused = step.momentum == 0
        BLAS.multiply(rows: count, columns: xColumns, inner: rows,
                      alpha: fused ? step.alpha : 1, delta + lo, transposeA: true, lda: deltaColumns, x, ldb: xColumns,
                      beta: fused ? 1 - step.decayRate : 0, into: (fused ? parameters.weights : weightGradient) + lo * xColumns,
                      ldc: xColumns)
        (biasSums + lo).update(repeating: 0, count: count)
        for r in 0..<rows { VectorLoops.add(delta + r * deltaColumns + lo, to: biasSums + lo, count: count) }
        if fused {
            for j in units { parameters.biases[j] += step.alpha * biasSums[j] }
        } else {
            BatchArithmetic.apply(step, to: parameters.weights, velocity: parameters.weightVelocity, gradient: weightGradient,
                                  range: lo * xColumns ..< (lo + count) * xColumns, decays: true)
            BatchArithmetic.apply(step, to: parameters.biases, velocity: parameters.biasVelocity, gradient: biasSums,
                                  range: units, decays: false)
        }
    }
}

extension FullyConnectedLayer: TrainableLayer {
    func makeParameters(sparseInputs: SparseInputs?) -> LayerParameters? {
        LayerParameters(weights: weights, biases: biases, inputOrder: sparseInputs?.inputOrder, sparse: sparseInputs != nil)
    }

    func makeKernel(capacity: Int, parameters: LayerParameters?, needsInputGradient: Bool) -> LayerKernel {
        guard let parameters else { preconditionFailure("a fully connected layer has parameters") }
        if parameters.inputLayer != nil {
            return SparseInputKernel(outputCount: outputCount, capacity: capacity, activation: activation, parameters: parameters)
        }
        return FullyConnectedKernel(inputCount: inputShape.count, outputCount: outputCount, capacity: capacity,
                                    activation: activation, parameters: parameters)
    }

    func updated(from parameters: LayerParameters?) -> any Layer {
        guard let parameters else { return self }
        var layer = self
        layer.weights = parameters.weightMatrix()
        layer.biases = parameters.biasArray()
        return layer
    }
}
