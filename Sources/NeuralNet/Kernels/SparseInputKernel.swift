/// The first `FullyConnectedLayer` of a network trained on sparse byte inputs (MNIST: 19% of
/// pixels non-zero): the same products as `FullyConnectedKernel`, restricted to the inputs a
/// mini-batch uses, split by neurons in the same way.
///
/// It loads the batch itself from `SparseInputs`: rows sorted by extent (the order of the
/// samples in a mini-batch does not change its gradient) and inputs in the order of
/// `InputLayerWeights`, so the inputs in use form a prefix of the stored columns, and the two
/// products of the layer run over the staircase of blocks of `InputSegments`. L2 decay without
/// momentum is a lazily applied scale of the stored weights. The layer below it is the input,
/// so it never computes ∂C/∂x.
final class SparseInputKernel: LayerKernel {
    let outputCount: Int
    let capacity: Int
    let activation: Activation
    let parameters: LayerParameters
    private let weights: InputLayerWeights
    /// The batch X: `rows × inputWidth`, inputs in stored order.
    private let batch: UnsafeMutablePointer<Float>
    private let inputSegments: InputSegments
    private let sortedSamples: UnsafeMutablePointer<Int>
    private let sortedExtents: UnsafeMutablePointer<Int>
    private let biasSums: UnsafeMutablePointer<Float>
    /// Σ∇w of a momentum step, in stored order (`outputCount × inputCount`), valid in columns
    /// `0 ..< inputWidth`.
    private let weightGradient: UnsafeMutablePointer<Float>
    /// Samples in the loaded batch, and the prefix of stored inputs it uses.
    private(set) var rows = 0
    private(set) var inputWidth = 0

    init(outputCount: Int, capacity: Int, activation: Activation, parameters: LayerParameters) {
        guard let weights = parameters.inputLayer else { preconditionFailure("sparse kernel without InputLayerWeights") }
        (self.outputCount, self.capacity, self.activation, self.parameters, self.weights) =
            (outputCount, capacity, activation, parameters, weights)
        batch = .allocate(capacity: capacity * weights.inputCount)
        inputSegments = InputSegments(capacity: capacity)
        sortedSamples = .allocate(capacity: capacity)
        sortedExtents = .allocate(capacity: capacity)
        biasSums = .allocate(capacity: outputCount)
        weightGradient = .allocate(capacity: outputCount * weights.inputCount)
    }

    deinit {
        for buffer in [batch, biasSums, weightGradient] { buffer.deallocate() }
        sortedSamples.deallocate()
        sortedExtents.deallocate()
    }

    var forwardSplit: BatchSplit { .columns }
    var inputGradientSplit: BatchSplit { .columns }
    var updateUnits: Int { outputCount }

    /// Gathers samples `indices` of `examples` from `sparse` as the batch, in increasing
    /// extent, and writes their labels in that order to `labels`.
    func load<Indices: Collection<Int>>(_ examples: LabeledExamples, indices: Indices, sparse: SparseInputs,
                                        labels: UnsafeMutablePointer<Int>) {
        precondition(indices.count <= capacity, "mini-batch larger than the kernel")
        rows = indices.count
        // Insertion sort by extent (stable, no allocation; m is small).
        for (count, i) in indices.enumerated() {
            let extent = sparse.extent(ofSample: i)
            var k = count
            while k > 0, sortedExtents[k - 1] > extent {
                (sortedExtents[k], sortedSamples[k]) = (sortedExtents[k - 1], sortedSamples[k - 1])
                k -= 1
            }
            (sortedExtents[k], sortedSamples[k]) = (extent, i)
        }
        let sorted = UnsafeBufferPointer(start: sortedSamples, count: rows)
        inputWidth = sparse.copyInputs(sorted, into: batch)
        examples.copyLabels(sorted, into: labels)
        inputSegments.plan(sortedExtents: sortedExtents, rows: rows)
    }

    /// z[:, neurons] = s·X·V[neurons]ᵀ + b block by block on the loaded batch (`x` is not
    /// read), then σ on them.
    func forward(_ x: UnsafePointer<Float>, rows: Int, into z: UnsafeMutablePointer<Float>, part: BatchPart, training: Bool) {
        precondition(rows == self.rows, "the sparse input kernel runs on the batch it loaded")
        let neurons = FullyConnectedKernel.columns(part, outputCount)
        let (inputCount, width, lo, count) = (weights.inputCount, inputWidth, neurons.lowerBound, neurons.count)
        guard count > 0 else { return }
        for r in 0..<rows { (z + r * outputCount + lo).update(from: parameters.biases + lo, count: count) }
        inputSegments.forEachBlock { firstRow, start, columns in
            // z[firstRow..., neurons] += s · X[firstRow..., start ..< start + columns] · V[neurons, start ..< start + columns]ᵀ
            BLAS.multiply(rows: rows - firstRow, columns: count, inner: columns,
                          alpha: weights.scale, batch + firstRow * width + start, lda: width,
                          weights.stored + lo * inputCount + start, transposeB: true, ldb: inputCount,
                          beta: 1, into: z + firstRow * outputCount + lo, ldc: outputCount)
        }
        activate(z, rows: rows, part: part)
    }

    func inputGradient(_ delta: UnsafePointer<Float>, rows: Int, into g: UnsafeMutablePointer<Float>, part: BatchPart) {
        preconditionFailure("the sparse input kernel is always the first layer")
    }

    /// Plain SGD decays w by (1 − ηλ/n) through the stored weights' scale, once for all parts.
    func prepareUpdate(_ step: UpdateStep) {
        if step.momentum == 0 { weights.multiply(by: 1 - step.decayRate) }
    }

    /// Plain SGD: V[neurons] += (α/s)·δ[:, neurons]ᵀX block by block (after `prepareUpdate`;
    /// columns no row uses have zero gradient). With momentum, in V's units with s kept:
    /// v ← μv + (α/s)g − d·V, V ← V + v over every column.
    func update(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int, units neurons: Range<Int>, step: UpdateStep) {
        let (inputCount, width, lo, count) = (weights.inputCount, inputWidth, neurons.lowerBound, neurons.count)
        guard count > 0 else { return }
        let fused = step.momentum == 0
        if !fused {
            // Columns beyond the batch's inputs have zero gradient.
            for j in neurons { (weightGradient + j * inputCount + width).update(repeating: 0, count: inputCount - width) }
        }
        inputSegments.forEachBlock { firstRow, start, columns in
            BLAS.multiply(rows: count, columns: columns, inner: rows - firstRow,
                          alpha: fused ? step.alpha / weights.scale : 1,
                          delta + firstRow * outputCount + lo, transposeA: true, lda: outputCount,
                          batch + firstRow * width + start, ldb: width,
                          beta: fused ? 1 : 0, into: (fused ? weights.stored : weightGradient) + lo * inputCount + start,
                          ldc: inputCount)
        }
        (biasSums + lo).update(repeating: 0, count: count)
        for r in 0..<rows { VectorLoops.add(delta + r * outputCount + lo, to: biasSums + lo, count: count) }
        guard !fused else {
            for j in neurons { parameters.biases[j] += step.alpha * biasSums[j] }
            return
        }
        var scaled = step
        scaled.alpha = step.alpha / weights.scale
        for j in neurons {
            let velocity = parameters.weightVelocity.map { $0 + j * inputCount }
            BatchArithmetic.apply(scaled, to: weights.storedRow(j), velocity: velocity, gradient: weightGradient + j * inputCount,
                                  range: 0..<inputCount, decays: true)
        }
        BatchArithmetic.apply(step, to: parameters.biases, velocity: parameters.biasVelocity,
                              gradient: biasSums, range: neurons, decays: false)
    }

    /// Σ∇b only: `Network.gradient` never trains on sparse inputs, and the weights' columns
    /// here are reordered.
    func accumulateGradient(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int) {
        BatchArithmetic.columnSums(of: delta, rows: rows, columns: outputCount, into: biasSums)
    }

    var accumulatedBiasGradient: UnsafeBufferPointer<Float>? { UnsafeBufferPointer(start: biasSums, count: outputCount) }

    /// Reads ahead the records of samples `indices` (see `SparseInputs.warmCache`).
    func warmCache<Indices: Collection<Int>>(_ indices: Indices, sparse: SparseInputs) -> UInt32 {
        sparse.warmCache(for: indices)
    }
}
