/// Every per-mini-batch buffer of backpropagation, allocated once per training run for batches
/// of up to `capacity` samples, one sample per row:
/// - `layerOutputs[0]` the inputs X (`rows × inputWidth`, inputs in the order of the first
///   layer's `InputLayerWeights`), `layerOutputs[l]` the activations a^l (`rows × sizes[l]`);
///   z^l is overwritten by a^l in place, since every σ'(z) used here is computed from a;
/// - `deltas[l]` the errors δ of weight layer l's outputs (`rows × sizes[l+1]`);
/// - `labels` the batch's class labels.
///
/// A batch loaded from `SparseInputs` has its rows in increasing extent (the order of the
/// samples in a mini-batch does not change its gradient), and the first layer's products run
/// over the blocks of `inputSegments`.
final class BackpropagationWorkspace {
    let sizes: [Int]
    let capacity: Int
    let layerOutputs: [UnsafeMutablePointer<Float>]
    let deltas: [UnsafeMutablePointer<Float>]
    let labels: UnsafeMutablePointer<Int>
    private let biasSums: UnsafeMutablePointer<Float>
    /// The blocks of X × w⁰ the first layer computes (see `InputSegments`).
    let inputSegments: InputSegments
    /// The batch's sample indices sorted by extent, and their extents (sparse batches only).
    private let sortedSamples: UnsafeMutablePointer<Int>
    private let sortedExtents: UnsafeMutablePointer<Int>
    /// Samples in the current batch (≤ `capacity`).
    private(set) var rows = 0
    /// Columns of X in the current batch: `sizes[0]`, or fewer when it was loaded from
    /// `SparseInputs` (the inputs beyond are 0 in every sample of the batch).
    private(set) var inputWidth = 0
    /// Keeps the values read by `warmCache` alive (never used otherwise).
    var cacheChecksum: UInt32 = 0

    init(sizes: [Int], capacity: Int) {
        self.sizes = sizes
        self.capacity = capacity
        layerOutputs = sizes.map { UnsafeMutablePointer<Float>.allocate(capacity: capacity * $0) }
        deltas = sizes.dropFirst().map { UnsafeMutablePointer<Float>.allocate(capacity: capacity * $0) }
        labels = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        biasSums = UnsafeMutablePointer<Float>.allocate(capacity: sizes.dropFirst().max() ?? 0)
        inputSegments = InputSegments(capacity: capacity)
        sortedSamples = .allocate(capacity: capacity)
        sortedExtents = .allocate(capacity: capacity)
    }

    deinit {
        for buffer in layerOutputs { buffer.deallocate() }
        for buffer in deltas { buffer.deallocate() }
        labels.deallocate()
        biasSums.deallocate()
        sortedSamples.deallocate()
        sortedExtents.deallocate()
    }

    /// Gathers samples `indices` of `examples` (inputs scaled to Float, and labels) as the batch,
    /// from `sparse` (the same samples kept sparsely, inputs reordered) when given — then in
    /// increasing extent.
    func load<Indices: Collection<Int>>(_ examples: LabeledExamples, indices: Indices, sparse: SparseInputs? = nil) {
        precondition(indices.count <= capacity, "mini-batch larger than the workspace")
        rows = indices.count
        guard let sparse else {
            inputWidth = sizes[0]
            examples.copyInputs(indices, into: layerOutputs[0])
            examples.copyLabels(indices, into: labels)
            inputSegments.single(rows: rows, columns: inputWidth)
            return
        }
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
        inputWidth = sparse.copyInputs(sorted, into: layerOutputs[0])
        examples.copyLabels(sorted, into: labels)
        inputSegments.plan(sortedExtents: sortedExtents, rows: rows)
    }

    /// Starts fetching the memory of samples `indices` for the next `load`.
    func warmCache<Indices: Collection<Int>>(_ examples: LabeledExamples, indices: Indices, sparse: SparseInputs?) {
        cacheChecksum &+= sparse?.warmCache(for: indices) ?? examples.warmCache(for: indices)
    }

    /// Feeds the batch forward: a^{l+1} = σ_l(a^l wᵀ + b) for every weight layer l, one GEMM each
    /// (the first layer one per block of `inputSegments`, on the stored columns of w⁰).
    func forward(_ parameters: ParameterBuffers, activations: [Activation]) {
        let (input, z, outputCount) = (parameters.inputLayer, layerOutputs[1], sizes[1])
        for row in 0..<rows { (z + row * outputCount).update(from: parameters.biases[0], count: outputCount) }
        inputSegments.forEachBlock { firstRow, start, columns in
            // z[firstRow...] += s · X[firstRow..., start ..< start + columns] · V[:, start ..< start + columns]ᵀ
            BLAS.multiply(rows: rows - firstRow, columns: outputCount, inner: columns,
                          alpha: input.scale, layerOutputs[0] + firstRow * inputWidth + start, lda: inputWidth,
                          input.stored + start, transposeB: true, ldb: sizes[0],
                          beta: 1, into: z + firstRow * outputCount, ldc: outputCount)
        }
        activations[0].apply(to: z, rows: rows, columns: outputCount)
        for l in 1..<sizes.count - 1 {
            LayerKernels.weightedInputs(input: layerOutputs[l], rows: rows, weights: parameters.weights[l],
                                        biases: parameters.biases[l], inputCount: sizes[l],
                                        outputCount: sizes[l + 1], into: layerOutputs[l + 1])
            activations[l].apply(to: layerOutputs[l + 1], rows: rows, columns: sizes[l + 1])
        }
    }

    /// Backpropagates the batch (after `forward`) and accumulates into `destination`:
    /// w ← β·w + α·Σ_x δ_x a_xᵀ (one GEMM per layer, the update fused in through β — for the
    /// first layer through its scale) and b ← b + α·Σ_x δ_x. Training passes
    /// `destination === parameters`, α = −η/m, β = 1 − ηλ/n; each layer's w is read for δ of the
    /// layer below before it is overwritten, so every gradient uses the pre-update weights, as
    /// in the book. The first layer's update touches only the blocks of `inputSegments`: the
    /// rest of its gradient is zero.
    func backward(
        _ parameters: ParameterBuffers, activations: [Activation], cost: Cost,
        into destination: ParameterBuffers, alpha: Float, weightDecay beta: Float
    ) {
        let layers = sizes.count - 1
        cost.outputDeltas(activation: activations[layers - 1], outputs: layerOutputs[layers], labels: labels,
                          rows: rows, columns: sizes[layers], into: deltas[layers - 1])
        for l in stride(from: layers - 1, through: 1, by: -1) {
            let (inputCount, outputCount) = (sizes[l], sizes[l + 1])
            // δ^{below} = (δ w) ⊙ σ'(z^{below}), rows × inputCount.
            BLAS.multiply(rows: rows, columns: inputCount, inner: outputCount,
                          alpha: 1, deltas[l], lda: outputCount, parameters.weights[l], ldb: inputCount,
                          beta: 0, into: deltas[l - 1], ldc: inputCount)
            activations[l - 1].multiplyByDerivative(deltas[l - 1], activations: layerOutputs[l], rows: rows, columns: inputCount)
            BLAS.multiply(rows: outputCount, columns: inputCount, inner: rows,
                          alpha: alpha, deltas[l], transposeA: true, lda: outputCount, layerOutputs[l], ldb: inputCount,
                          beta: beta, into: destination.weights[l], ldc: inputCount)
            addColumnSums(of: deltas[l], columns: outputCount, times: alpha, to: destination.biases[l])
        }
        // w⁰ = s·V: s ← β·s, then V ← V + (α/s)·δᵀX block by block (columns no row of the
        // batch uses have zero gradient).
        let (input, outputCount) = (destination.inputLayer, sizes[1])
        input.multiply(by: beta)
        inputSegments.forEachBlock { firstRow, start, columns in
            BLAS.multiply(rows: outputCount, columns: columns, inner: rows - firstRow,
                          alpha: alpha / input.scale, deltas[0] + firstRow * outputCount, transposeA: true, lda: outputCount,
                          layerOutputs[0] + firstRow * inputWidth + start, ldb: inputWidth,
                          beta: 1, into: input.stored + start, ldc: sizes[0])
        }
        addColumnSums(of: deltas[0], columns: sizes[1], times: alpha, to: destination.biases[0])
    }

    /// target_j += α · Σ_rows δ_{row, j}.
    private func addColumnSums(of delta: UnsafePointer<Float>, columns: Int, times alpha: Float,
                               to target: UnsafeMutablePointer<Float>) {
        biasSums.update(repeating: 0, count: columns)
        for row in 0..<rows {
            let values = delta + row * columns
            for j in 0..<columns { biasSums[j] += values[j] }
        }
        for j in 0..<columns { target[j] += alpha * biasSums[j] }
    }
}
