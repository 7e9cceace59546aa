import NeuralNet

/// `threads N` sets how many threads training and evaluation use, `threads auto` lets nns
/// choose per network (`ThreadChoice`), and `threads` alone shows the setting.
struct ThreadsCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        guard let text = context.arguments.string("n") else {
            context.say(Self.describe(context.session.threads, context: context))
            return
        }
        if text == "auto" {
            context.session.threads = nil
        } else if let count = Int(text), (1...64).contains(count) {
            context.session.threads = count
        } else {
            throw context.failure(.invalidThreadCount(text), at: "n")
        }
        context.say(Self.describe(context.session.threads, context: context))
    }

    /// "threads 2" or "threads auto (1 for training this network at m = 10; 2 cores)".
    static func describe(_ threads: Int?, context: CommandContext) -> String {
        if let threads { return "threads \(threads)" }
        let cores = context.options.processorCount
        guard let network = context.session.network else {
            return "threads auto (1 for small networks, \(cores) for large ones on this machine's \(counted(cores, "core")))"
        }
        let training = ThreadChoice.automatic(for: network, batch: context.session.lastTraining?.miniBatchSize ?? 10, processors: cores)
        let evaluating = ThreadChoice.automatic(for: network, batch: ThreadChoice.evaluationBatch, processors: cores)
        return "threads auto (\(training) for training this network at m = \(context.session.lastTraining?.miniBatchSize ?? 10), "
            + "\(evaluating) for evaluating it; \(counted(cores, "core")))"
    }
}

extension CommandContext {
    /// The threads to use on `network` in batches of `batch` samples: `threads=` of this
    /// command, else the session's setting, else the automatic choice.
    func threads(for network: Network, batch: Int = ThreadChoice.evaluationBatch) -> Int {
        arguments.int("threads") ?? session.threads
            ?? ThreadChoice.automatic(for: network, batch: batch, processors: options.processorCount)
    }
}
