/// The buffers of a mini-batch of up to `capacity` samples going through every layer of a
/// network, one sample per row, allocated once per training run (or evaluation), and the
/// passes over them — on one thread, or split across the threads of a `WorkerThreads` team
/// layer by layer (see `LayerKernel`):
/// - `input`, the batch X (`rows × inputCount`; unused when the first layer loads sparse inputs);
/// - `outputs[l]`, the activations a of layer l (`rows × outputCount_l`); z is overwritten by a
///   in place, since every σ'(z) used here is computed from a;
/// - `gradients[l]`, δ = ∂C/∂z of layer l (training only);
/// - `labels`, the batch's class labels.
final class BatchPass {
    let kernels: [LayerKernel]
    let capacity: Int
    let inputCount: Int
    let input: UnsafeMutablePointer<Float>
    let outputs: [UnsafeMutablePointer<Float>]
    let gradients: [UnsafeMutablePointer<Float>]
    let labels: UnsafeMutablePointer<Int>
    /// The first layer's kernel when it loads the batch from sparse inputs.
    private let sparseKernel: SparseInputKernel?
    let dropoutKernels: [DropoutKernel]
    /// The layers whose forward passes run in one team run: consecutive layers split by samples
    /// (a thread's rows need only its own rows of the layer below), each layer split by neurons
    /// alone (it reads every row of the layer below).
    private let forwardGroups: [[Int]]
    /// Likewise for backpropagation, from the top: the layers l whose ∂C/∂x (the δ of l − 1)
    /// runs in one team run.
    private let backwardGroups: [[Int]]
    /// Samples in the current batch (≤ `capacity`).
    private(set) var rows = 0
    /// Keeps the values read by `warmCache` alive (never used otherwise).
    var cacheChecksum: UInt32 = 0

    /// Buffers and kernels over `parameters` for batches of up to `capacity` samples; without
    /// `forTraining`, no gradient buffers.
    init(_ parameters: TrainingParameters, capacity: Int, forTraining: Bool) {
        self.capacity = capacity
        let layers = parameters.layers
        inputCount = layers[0].inputShape.count
        let kernels = layers.enumerated().map { l, layer in
            layer.makeKernel(capacity: capacity, parameters: parameters.parameters[l], needsInputGradient: forTraining && l > 0)
        }
        self.kernels = kernels
        input = .allocate(capacity: capacity * inputCount)
        outputs = kernels.map { .allocate(capacity: capacity * $0.outputCount) }
        gradients = forTraining ? kernels.map { .allocate(capacity: capacity * $0.outputCount) } : []
        labels = .allocate(capacity: capacity)
        sparseKernel = kernels.first as? SparseInputKernel
        dropoutKernels = kernels.compactMap { $0 as? DropoutKernel }
        forwardGroups = Self.groups(Array(kernels.indices)) { kernels[$0].forwardSplit }
        backwardGroups = Self.groups(Array(stride(from: kernels.count - 1, through: 1, by: -1))) { kernels[$0].inputGradientSplit }
    }

    /// `layers` cut into runs: each maximal stretch split by rows, and each layer split by columns.
    private static func groups(_ layers: [Int], split: (Int) -> BatchSplit) -> [[Int]] {
        var groups: [[Int]] = []
        for l in layers {
            if split(l) == .rows, let last = groups.last?.last, split(last) == .rows {
                groups[groups.count - 1].append(l)
            } else {
                groups.append([l])
            }
        }
        return groups
    }

    deinit {
        input.deallocate()
        for buffer in outputs + gradients { buffer.deallocate() }
        labels.deallocate()
    }

    /// Values per sample of the last layer's output.
    var outputCount: Int { kernels[kernels.count - 1].outputCount }
    /// a^L of the current batch, `rows × outputCount`.
    var output: UnsafePointer<Float> { UnsafePointer(outputs[outputs.count - 1]) }

    /// Gathers samples `indices` of `examples` (inputs scaled to Float, and labels) as the batch;
    /// from `sparse` (rows then in increasing extent) when the first layer reads sparse inputs.
    func load<Indices: Collection<Int>>(_ examples: LabeledExamples, indices: Indices, sparse: SparseInputs? = nil) {
        precondition(indices.count <= capacity, "mini-batch larger than the pass")
        rows = indices.count
        if let sparseKernel, let sparse {
            sparseKernel.load(examples, indices: indices, sparse: sparse, labels: labels)
        } else {
            precondition(sparseKernel == nil, "a sparse first layer needs its sparse inputs")
            examples.copyInputs(indices, into: input)
            examples.copyLabels(indices, into: labels)
        }
    }

    /// Starts fetching the memory of samples `indices` for the next `load`.
    func warmCache<Indices: Collection<Int>>(_ examples: LabeledExamples, indices: Indices, sparse: SparseInputs?) {
        if let sparseKernel, let sparse {
            cacheChecksum &+= sparseKernel.warmCache(indices, sparse: sparse)
        } else {
            cacheChecksum &+= examples.warmCache(for: indices)
        }
    }

    /// Draws new dropout masks for the loaded batch, layer by layer (before a training `forward`).
    func drawDropoutMasks(generator: inout SeededGenerator) {
        for kernel in dropoutKernels { kernel.drawMask(rows: rows, generator: &generator) }
    }

    /// The input of layer l: X for the first, a^{l−1} for the others.
    private func x(_ l: Int) -> UnsafePointer<Float> { l == 0 ? UnsafePointer(input) : UnsafePointer(outputs[l - 1]) }

    /// Feeds the loaded batch forward through every layer (dropout on when `training`), each
    /// layer split across `team` (nil: this thread).
    func forward(training: Bool, team: WorkerThreads? = nil) {
        let (rows, threads) = (rows, team?.count ?? 1)
        for kernel in kernels { kernel.prepareForward(training: training) }
        for group in forwardGroups {
            run(team) { t in
                for l in group {
                    let kernel = kernels[l]
                    kernel.forward(x(l), rows: rows, into: outputs[l],
                                   part: .slice(kernel.forwardSplit, rows: rows, columns: kernel.outputCount, part: t, of: threads),
                                   training: training)
                }
            }
            // Softmax needs whole rows (only the output layer has it, unless a network was edited).
            for l in group where kernels[l].activation == .softmax {
                kernels[l].activation.apply(to: outputs[l], rows: rows, columns: kernels[l].outputCount)
            }
        }
    }

    /// One step of training on the loaded batch (after a training `forward`): δ^L from `cost`,
    /// then from the top layer down, ∂C/∂x of each layer turned into the δ of the layer below
    /// (σ'); once no layer's weights are needed any more, every layer is updated with `step`,
    /// each thread a part of each layer's neurons or maps — see `LayerKernel`.
    func trainingStep(cost: Cost, outputActivation: Activation, step: UpdateStep, team: WorkerThreads? = nil) {
        let threads = team?.count ?? 1
        computeOutputDeltas(cost: cost, outputActivation: outputActivation)
        for kernel in kernels { kernel.prepareUpdate(step) }
        for group in backwardGroups {
            run(team) { t in
                for l in group { self.backpropagate(through: l, part: t, of: threads) }
            }
        }
        run(team) { t in
            for l in self.kernels.indices { self.update(l, part: t, of: threads, step: step) }
        }
    }

    /// Σ_rows ∇C_x of every layer into its kernel's buffers (after a `forward`), on this thread.
    func accumulateGradients(cost: Cost, outputActivation: Activation) {
        computeOutputDeltas(cost: cost, outputActivation: outputActivation)
        for l in stride(from: kernels.count - 1, through: 0, by: -1) {
            if l > 0 { backpropagate(through: l, part: 0, of: 1) }
            kernels[l].accumulateGradient(delta: gradients[l], x: x(l), rows: rows)
        }
    }

    /// δ^L = ∂C/∂z^L of the batch (after a forward pass) into the top layer's gradient buffer.
    func computeOutputDeltas(cost: Cost, outputActivation: Activation) {
        let top = kernels.count - 1
        cost.outputDeltas(activation: outputActivation, outputs: outputs[top], labels: labels,
                          rows: rows, columns: kernels[top].outputCount, into: gradients[top])
    }

    /// Part `t` of the δ of layer l − 1: ∂C/∂x of layer l, then × σ'(z^{l−1}).
    private func backpropagate(through l: Int, part t: Int, of threads: Int) {
        let (kernel, below) = (kernels[l], kernels[l - 1])
        let part = BatchPart.slice(kernel.inputGradientSplit, rows: rows, columns: below.outputCount, part: t, of: threads)
        kernel.inputGradient(gradients[l], rows: rows, into: gradients[l - 1], part: part)
        guard below.activation != .linear else { return }
        // Blocks of whole rows, as softmax's σ' (a hidden softmax only in `Network.gradient` of an
        // edited network, on one thread: training refuses it) mixes a row's entries.
        let (g, a) = (gradients[l - 1], outputs[l - 1])
        part.forEachBlock(rows: rows, columns: below.outputCount) { start, blockRows, blockColumns in
            below.activation.multiplyByDerivative(g + start, activations: a + start, rows: blockRows, columns: blockColumns)
        }
    }

    /// Part `t` of layer l's update.
    private func update(_ l: Int, part t: Int, of threads: Int, step: UpdateStep) {
        let kernel = kernels[l]
        guard kernel.updateUnits > 0 else { return }
        kernel.update(delta: gradients[l], x: x(l), rows: rows,
                      units: BatchArithmetic.slice(kernel.updateUnits, part: t, of: threads), step: step)
    }

    /// `body(t)` for every thread of `team`, or `body(0)` without one.
    @inline(__always)
    private func run(_ team: WorkerThreads?, _ body: (Int) -> Void) {
        if let team, team.count > 1 { team.run(body) } else { body(0) }
    }

    /// The Floats one sample takes in an inference pass over `layers` (its input, every layer's
    /// output and the im2col patches), for choosing how many samples to evaluate at a time.
    static func inferenceFloatsPerSample(_ layers: [any Layer]) -> Int {
        layers.reduce(layers.first?.inputShape.count ?? 0) { total, layer in
            var floats = layer.outputShape.count
            if let conv = layer as? ConvolutionLayer { floats += conv.outputShape.height * conv.outputShape.width * conv.fieldSize }
            return total + floats
        }
    }
}
