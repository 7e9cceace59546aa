import NeuralNet

/// How many threads training and evaluation use: what the user set (`--threads N`, `threads N`,
/// `sgd … threads=N`), or an automatic choice per network and batch. Small work runs fastest on
/// one thread — a mini-batch of the book's [784, 30, 10] takes microseconds, less than waking a
/// second thread costs — while convolutional and wide networks, and evaluating whole data sets,
/// gain from every core.
enum ThreadChoice {
    /// Multiply-adds of a batch's forward pass above which every core is used: measured on the
    /// 2-core machine, [784, 30, 10] at m = 10 (0.24 M) runs faster on one thread, [784, 100, 10]
    /// (0.8 M) about as fast, the book's conv net at m = 10 (16 M) and [784, 800, 10] at m = 100
    /// (64 M) nearly twice as fast on two.
    static let parallelWorkPerBatch = 1_000_000

    /// Samples evaluated at a time, for the automatic choice of `eval` and `vote`.
    static let evaluationBatch = 500

    /// The automatic thread count for batches of `batch` samples through `network` on
    /// `processors` cores: all of them (at most `TrainingConfiguration.maximumThreads`) when the
    /// batch's forward pass takes more than `parallelWorkPerBatch` multiply-adds, else 1.
    static func automatic(for network: Network, batch: Int, processors: Int) -> Int {
        let (work, overflow) = forwardWork(network).multipliedReportingOverflow(by: max(1, batch))
        guard overflow || work > parallelWorkPerBatch else { return 1 }
        return max(1, min(processors, TrainingConfiguration.maximumThreads))
    }

    /// Multiply-adds of one sample's forward pass through the weighted layers.
    static func forwardWork(_ network: Network) -> Int {
        network.layers.reduce(0) { total, layer in
            switch layer {
            case let conv as ConvolutionLayer:
                return total + conv.outputShape.count * conv.fieldSize
            case let dense as FullyConnectedLayer:
                return total + dense.weights.elements.count
            default:
                return total
            }
        }
    }
}
