/// A layer as training and evaluation run it: raw row-major buffers for mini-batches of up to
/// `capacity` samples (one sample per row), allocated once, so the hot loop allocates nothing.
///
/// One kernel per layer serves every thread of a run: each call names the `BatchPart` it
/// computes — rows (samples) for convolution, pooling and dropout, columns (neurons) for a fully
/// connected layer — and threads given disjoint parts write disjoint memory. Every value is
/// computed by the same operations whichever thread computes it, so the thread count never
/// changes a result (only BLAS's summation order inside one product could, and it does not:
/// tests compare the bits).
///
/// Backpropagation is in two steps per layer, with δ = ∂C/∂z of the layer (σ' already applied):
/// `inputGradient` writes ∂C/∂x for the layer below from the weights as they were, and only
/// after every thread has done so does `update` change the weights (one part of the neurons or
/// maps per thread).
protocol LayerKernel: AnyObject {
    /// Values per sample of the layer's output.
    var outputCount: Int { get }
    /// σ of the layer's outputs (`.linear` for pooling and dropout); its derivative turns ∂C/∂a
    /// into δ, which `BatchPass` applies.
    var activation: Activation { get }
    /// How `forward` splits across threads.
    var forwardSplit: BatchSplit { get }
    /// How `inputGradient` splits: over the rows, or over the columns (inputs) of ∂C/∂x.
    var inputGradientSplit: BatchSplit { get }
    /// The neurons or maps whose parameters `update` changes, split across threads (0: none).
    var updateUnits: Int { get }

    /// a = layer(x) for `part` of `rows` samples: `x` is `rows × inputCount`, `a` `rows ×
    /// outputCount`. σ is applied — except softmax, which needs whole rows (`BatchPass` applies
    /// it). `training` turns dropout on. Kernels keep what the backward steps need (im2col
    /// patches, the positions of maxima) until the next `forward`.
    func forward(_ x: UnsafePointer<Float>, rows: Int, into a: UnsafeMutablePointer<Float>, part: BatchPart, training: Bool)

    /// Called on one thread before a forward pass.
    func prepareForward(training: Bool)

    /// ∂C/∂x for `part` of the layer below's `rows × inputCount` gradient `g`, from δ = ∂C/∂z
    /// (`rows × outputCount`, complete) and the parameters before any update.
    func inputGradient(_ delta: UnsafePointer<Float>, rows: Int, into g: UnsafeMutablePointer<Float>, part: BatchPart)

    /// Called on one thread before a mini-batch's `update`s (the sparse layer's lazy decay).
    func prepareUpdate(_ step: UpdateStep)

    /// Applies `step` to the parameters of `units` (neurons or maps) from δ and the inputs x.
    func update(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int, units: Range<Int>, step: UpdateStep)

    /// Σ_rows ∇w and Σ_rows ∇b from δ and x into the kernel's own buffers (one thread; what
    /// `Network.gradient` reads, and what each thread's pass leaves for `applyGradients` when
    /// several threads split the mini-batch).
    func accumulateGradient(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int)

    /// Applies `step` to the parameters of `units` from the sum of this kernel's accumulated
    /// gradient and `others'` (the same layer's kernels of the other threads' passes), leaving
    /// the sum in this kernel's buffers.
    func applyGradients(summing others: [LayerKernel], units: Range<Int>, step: UpdateStep)

    /// Σ_rows ∇w of the last `accumulateGradient`, shaped like the layer's weights (nil for a
    /// layer without weights).
    var accumulatedWeightGradient: UnsafeBufferPointer<Float>? { get }
    /// Σ_rows ∂C/∂b_j of the last `accumulateGradient` (nil for a layer without biases).
    var accumulatedBiasGradient: UnsafeBufferPointer<Float>? { get }
}

/// How a layer's work on a mini-batch splits across threads.
enum BatchSplit {
    /// By samples: thread t takes rows `slice(rows, t)`.
    case rows
    /// By neurons: thread t takes columns `slice(columns, t)`.
    case columns
}

/// The part of a `rows × columns` batch matrix one thread computes.
enum BatchPart {
    /// Rows (samples) in the range, every column.
    case rows(Range<Int>)
    /// Columns (neurons, or inputs) in the range, every row.
    case columns(Range<Int>)

    /// Part `t` of `threads` equal slices along `split`.
    static func slice(_ split: BatchSplit, rows: Int, columns: Int, part t: Int, of threads: Int) -> BatchPart {
        switch split {
        case .rows: return .rows(BatchArithmetic.slice(rows, part: t, of: threads))
        case .columns: return .columns(BatchArithmetic.slice(columns, part: t, of: threads))
        }
    }

    /// The whole matrix, as one part (for one thread).
    static func all(_ split: BatchSplit, rows: Int, columns: Int) -> BatchPart {
        slice(split, rows: rows, columns: columns, part: 0, of: 1)
    }

    /// Calls `body(start, blockRows, blockColumns)` for each contiguous block this part covers
    /// of a `rows × columns` matrix: one block of whole rows for a part of rows or for all the
    /// columns, else one single-row block per row.
    @inline(__always)
    func forEachBlock(rows: Int, columns: Int, _ body: (Int, Int, Int) -> Void) {
        switch self {
        case .rows(let range):
            if !range.isEmpty, columns > 0 { body(range.lowerBound * columns, range.count, columns) }
        case .columns(let range) where range.count == columns:
            if rows > 0, columns > 0 { body(0, rows, columns) }
        case .columns(let range):
            guard !range.isEmpty else { return }
            for r in 0..<rows { body(r * columns + range.lowerBound, 1, range.count) }
        }
    }
}

/// One update of the parameters from a mini-batch's gradient g = Σ_x ∇C_x: plain SGD
/// w ← (1 − decayRate)·w + α·g, or with momentum μ > 0 (chapter 3)
/// v ← μ·v + α·g − decayRate·w, w ← w + v (biases likewise, without decay).
struct UpdateStep {
    /// −η/m' for a mini-batch of m' samples.
    var alpha: Float
    /// ηλ/n, the L2 weight decay per step.
    var decayRate: Float
    /// μ, 0 for plain SGD.
    var momentum: Float
}

/// The training-time side of a layer kind: how to make its parameter buffers and its kernel.
/// Every `Layer` of NeuralNet conforms; `Network.validate()` refuses layers that do not.
protocol TrainableLayer: Layer {
    /// The buffers that hold the layer's parameters while it trains, nil for a layer without
    /// parameters. `sparseInputs` is set for the first layer of a network trained on sparse
    /// byte inputs.
    func makeParameters(sparseInputs: SparseInputs?) -> LayerParameters?

    /// A kernel for batches of up to `capacity` samples; `needsInputGradient` is false for the
    /// first layer.
    func makeKernel(capacity: Int, parameters: LayerParameters?, needsInputGradient: Bool) -> LayerKernel

    /// This layer with the parameter values of `parameters` (made by `makeParameters`).
    func updated(from parameters: LayerParameters?) -> any Layer
}

extension LayerKernel {
    /// σ on `part` of a `rows × outputCount` matrix — not softmax, which needs whole rows.
    func activate(_ z: UnsafeMutablePointer<Float>, rows: Int, part: BatchPart) {
        guard activation != .softmax, activation != .linear else { return }
        part.forEachBlock(rows: rows, columns: outputCount) { start, blockRows, blockColumns in
            activation.apply(to: z + start, rows: blockRows, columns: blockColumns)
        }
    }

    var updateUnits: Int { 0 }
    func prepareForward(training: Bool) {}
    func prepareUpdate(_ step: UpdateStep) {}
    func update(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int, units: Range<Int>, step: UpdateStep) {}
    func accumulateGradient(delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int) {}
    func applyGradients(summing others: [LayerKernel], units: Range<Int>, step: UpdateStep) {}
    var accumulatedWeightGradient: UnsafeBufferPointer<Float>? { nil }
    var accumulatedBiasGradient: UnsafeBufferPointer<Float>? { nil }
}
