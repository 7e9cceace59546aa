/// Training on several threads by splitting each mini-batch: every thread has its own
/// `BatchPass` over the run's parameters, loads its share of the samples, feeds them forward
/// and backpropagates them on its own, leaving Σ∇ of its share in its kernels; then the sums are
/// added up and applied, each thread updating a part of every layer's neurons or maps.
///
/// For convolutional networks at the book's m = 10 this beats splitting each layer's work
/// (`BatchPass.trainingStep` with a team): the threads meet three times per mini-batch instead
/// of at every change of layer kind, and each reads only its own samples' patches. Its results
/// depend on the thread count through the order of the sums, so the same seed, script and
/// thread count give the same numbers.
final class SplitBatchPasses {
    let parameters: TrainingParameters
    let team: WorkerThreads
    private let passes: [BatchPass]
    private let hasDropout: Bool
    /// One dropout layer's mask for a whole mini-batch, drawn as one thread would draw it.
    private let batchMask: UnsafeMutablePointer<Float>
    private let maskCapacity: Int

    /// A pass per thread of `team` for mini-batches of up to `m` samples (no sparse inputs).
    init(_ parameters: TrainingParameters, miniBatchSize m: Int, team: WorkerThreads, hasDropout: Bool) {
        self.parameters = parameters
        self.team = team
        let capacity = (m + team.count - 1) / team.count
        passes = (0..<team.count).map { _ in BatchPass(parameters, capacity: capacity, forTraining: true) }
        self.hasDropout = hasDropout
        maskCapacity = m * (passes[0].dropoutKernels.map(\.outputCount).max() ?? 0)
        batchMask = .allocate(capacity: maskCapacity)
    }

    deinit { batchMask.deallocate() }

    /// Applies one mini-batch, samples `indices` of `examples`, with `step`.
    func train(on examples: LabeledExamples, indices: ArraySlice<Int>, generator: inout SeededGenerator,
               cost: Cost, outputActivation: Activation, step: UpdateStep) {
        let (passes, threads, start) = (passes, team.count, indices.startIndex)
        let shards = (0..<threads).map { t in
            indices[start + indices.count * t / threads ..< start + indices.count * (t + 1) / threads]
        }
        team.run { t in passes[t].load(examples, indices: shards[t]) }
        if hasDropout {
            // Each layer's mask for the whole batch, drawn as on one thread, shared out by rows.
            for (d, kernel) in passes[0].dropoutKernels.enumerated() where kernel.rate > 0 {
                DropoutKernel.drawMask(into: batchMask, count: indices.count * kernel.outputCount, rate: kernel.rate,
                                       generator: &generator)
                for (t, pass) in passes.enumerated() {
                    pass.dropoutKernels[d].takeMask(rows: shards[t].startIndex - start ..< shards[t].endIndex - start,
                                                    of: batchMask)
                }
            }
        }
        team.run { t in
            guard passes[t].rows > 0 else { return }
            passes[t].forward(training: true)
            passes[t].accumulateGradients(cost: cost, outputActivation: outputActivation)
        }
        let active = passes.filter { $0.rows > 0 }
        let layers = active[0].kernels.indices
        team.run { t in
            for l in layers where active[0].kernels[l].updateUnits > 0 {
                let kernel = active[0].kernels[l]
                kernel.applyGradients(summing: active.dropFirst().map { $0.kernels[l] },
                                      units: BatchArithmetic.slice(kernel.updateUnits, part: t, of: threads), step: step)
            }
        }
    }
}
