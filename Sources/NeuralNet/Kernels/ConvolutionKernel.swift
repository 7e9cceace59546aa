/// `ConvolutionLayer` on a mini-batch, as im2col + GEMM, split by samples forward and backward
/// and by maps for the update.
///
/// Forward: every k×k×C receptive field of every sample becomes one row of the patch matrix P
/// (`rows·H'·W' × k²C`, columns in (dy, dx, c) order — with channels last, each dy is one
/// contiguous run of k·C input values), and Z = P·wᵀ + b (`rows·H'·W' × F`) is, row by row,
/// every sample's maps in channels-last order: the layer's output as it is. Backward, with
/// δ = ∂C/∂z: ∂C/∂x by ∂C/∂P = δ·w and col2im, which adds each row's k runs back where they came
/// from; the update of the filters of some maps f from Σ∇w[f] = δ[:, f]ᵀ·P over all rows, fused
/// into that GEMM through β, and Σ∇b[f] = column sums of δ.
final class ConvolutionKernel: LayerKernel {
    let input: TensorShape
    let output: TensorShape
    let kernelSize: Int
    let capacity: Int
    let activation: Activation
    let parameters: LayerParameters
    /// k·k·C, the columns of P and of w.
    let fieldSize: Int
    private let patches: UnsafeMutablePointer<Float>
    /// ∂C/∂P, only when the layer below needs ∂C/∂x.
    private let patchGradient: UnsafeMutablePointer<Float>?
    private let weightGradient: UnsafeMutablePointer<Float>
    private let biasSums: UnsafeMutablePointer<Float>

    init(layer: ConvolutionLayer, capacity: Int, parameters: LayerParameters, needsInputGradient: Bool) {
        (input, output, kernelSize, self.capacity) = (layer.inputShape, layer.outputShape, layer.kernelSize, capacity)
        activation = layer.activation
        self.parameters = parameters
        fieldSize = layer.fieldSize
        let patchCount = capacity * output.height * output.width * fieldSize
        patches = .allocate(capacity: patchCount)
        patchGradient = needsInputGradient ? .allocate(capacity: patchCount) : nil
        weightGradient = .allocate(capacity: output.channels * fieldSize)
        biasSums = .allocate(capacity: output.channels)
    }

    deinit {
        patches.deallocate()
        patchGradient?.deallocate()
        weightGradient.deallocate()
        biasSums.deallocate()
    }

    var outputCount: Int { output.count }
    var forwardSplit: BatchSplit { .rows }
    var inputGradientSplit: BatchSplit { .rows }
    var updateUnits: Int { output.channels }
    private var positions: Int { output.height * output.width }

    /// The samples of a `.rows` part (a convolution is split by samples).
    private func samples(_ part: BatchPart, rows: Int) -> Range<Int> {
        guard case .rows(let range) = part else { return 0..<rows }
        return range
    }

    func forward(_ x: UnsafePointer<Float>, rows: Int, into z: UnsafeMutablePointer<Float>, part: BatchPart, training: Bool) {
        let samples = samples(part, rows: rows)
        guard !samples.isEmpty else { return }
        im2col(x, samples: samples)
        let (first, patchRows, maps) = (samples.lowerBound * positions, samples.count * positions, output.channels)
        let (p, zs) = (patches + first * fieldSize, z + first * maps)
        BatchArithmetic.fillRows(zs, rows: patchRows, with: parameters.biases, count: maps)
        BLAS.multiply(rows: patchRows, columns: maps, inner: fieldSize,
                      alpha: 1, p, lda: fieldSize, parameters.weights, transposeB: true, ldb: fieldSize,
                      beta: 1, into: zs, ldc: maps)
        activate(z, rows: rows, part: part)
    }

    func inputGradient(_ delta: UnsafePointer<Float>, rows: Int, into g: UnsafeMutablePointer<Float>, part: BatchPart) {
        guard let patchGradient else { return }
        let samples = samples(part, rows: rows)
        guard !samples.isEmpty else { return }
        let (first, patchRows, maps) = (samples.lowerBound * positions, samples.count * positions, output.channels)
        BLAS.multiply(rows: patchRows, columns: fieldSize, inner: maps,
                      alpha: 1, delta + first * maps, lda: maps, parameters.weights, ldb: fieldSize,
                      beta: 0, into: patchGradient + first * fieldSize, ldc: fieldSize)
        col2im(patchGradient, samples: samples, into: g)
    }

    func update(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int, units maps: Range<Int>, step: UpdateStep) {
        // The patches are the layer's inputs x, one row per position.
        FullyConnectedKernel.updateRows(maps, of: parameters, delta: delta, deltaColumns: output.channels,
                                        x: patches, xColumns: fieldSize, rows: rows * positions, step: step,
                                        weightGradient: weightGradient, biasSums: biasSums)
    }

    func accumulateGradient(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int) {
        BatchArithmetic.accumulateGradient(delta: delta, x: patches, rows: rows * positions, outputs: output.channels,
                                           inputs: fieldSize, weightGradient: weightGradient, biasSums: biasSums)
    }

    func applyGradients(summing others: [LayerKernel], units: Range<Int>, step: UpdateStep) {
        FullyConnectedKernel.applySummed(others.compactMap(\.accumulatedWeightGradient), others.compactMap(\.accumulatedBiasGradient),
                                         units: units, columns: fieldSize, step: step, parameters: parameters,
                                         weightGradient: weightGradient, biasSums: biasSums)
    }

    var accumulatedWeightGradient: UnsafeBufferPointer<Float>? { UnsafeBufferPointer(start: weightGradient, count: output.channels * fieldSize) }
    var accumulatedBiasGradient: UnsafeBufferPointer<Float>? { UnsafeBufferPointer(start: biasSums, count: output.channels) }

    /// Fills P's rows of `samples`: row (s, y, x) holds, for dy = 0 ..< k, the k·C values of
    /// sample s starting at input position (y + dy, x).
    private func im2col(_ x: UnsafePointer<Float>, samples: Range<Int>) {
        forEachRun(samples: samples) { patch, input, count in VectorLoops.copy(x + input, to: patches + patch, count: count) }
    }

    /// ∂C/∂x of `samples`: zero, then each row of ∂C/∂P added back onto the k runs of input it
    /// was read from.
    private func col2im(_ gradient: UnsafePointer<Float>, samples: Range<Int>, into target: UnsafeMutablePointer<Float>) {
        (target + samples.lowerBound * input.count).update(repeating: 0, count: samples.count * input.count)
        forEachRun(samples: samples) { patch, input, count in VectorLoops.add(gradient + patch, to: target + input, count: count) }
    }

    /// Calls `body(patchOffset, inputOffset, count)` for every run of k·C values that im2col
    /// copies for `samples`: row (s, y, x) of P, part dy, from sample s at input position (y + dy, x).
    @inline(__always)
    private func forEachRun(samples: Range<Int>, _ body: (Int, Int, Int) -> Void) {
        let (k, c, width) = (kernelSize, input.channels, input.width)
        let run = k * c
        var patch = samples.lowerBound * positions * fieldSize
        for s in samples {
            let sample = s * input.count
            for y in 0..<output.height {
                for xo in 0..<output.width {
                    for dy in 0..<k { body(patch + dy * run, sample + ((y + dy) * width + xo) * c, run) }
                    patch += fieldSize
                }
            }
        }
    }
}

extension ConvolutionLayer: TrainableLayer {
    func makeParameters(sparseInputs: SparseInputs?) -> LayerParameters? {
        LayerParameters(weights: weights, biases: biases)
    }

    func makeKernel(capacity: Int, parameters: LayerParameters?, needsInputGradient: Bool) -> LayerKernel {
        guard let parameters else { preconditionFailure("a convolution layer has parameters") }
        return ConvolutionKernel(layer: self, capacity: capacity, parameters: parameters, needsInputGradient: needsInputGradient)
    }

    func updated(from parameters: LayerParameters?) -> any Layer {
        guard let parameters else { return self }
        var layer = self
        layer.weights = parameters.weightMatrix()
        layer.biases = parameters.biasArray()
        return layer
    }
}
