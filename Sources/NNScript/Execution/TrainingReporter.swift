import NeuralNet
import NNSDisplay

/// Shows an `sgd` run as it goes. On a terminal: a live progress line redrawn with "\r"
/// (epoch i/N, percentage of the epoch, images per second, ETA, last accuracy) at most ten
/// times a second, cleared before each finished epoch's line and before anything written after
/// the run (`finish`), so no stale bar is left. Otherwise: only the finished epochs, one line
/// each in the book's style, `Epoch 0: 9129 / 10000 (1.840 s)`.
final class TrainingReporter {
    /// Columns left free at the end of the progress line: Ctrl-C is echoed there by the terminal
    /// as "^C", and an echo that wrapped to a new line would leave the bar above, where clearing
    /// the current line cannot reach it.
    static let echoColumns = 2

    private let output: OutputSink
    /// The session's style, for clearing the whole line.
    private let style: RenderStyle
    /// The style the bar is drawn in: `echoColumns` narrower than `style`.
    private let barStyle: RenderStyle
    private let isTerminal: Bool
    private let epochs: Int
    private let trainingCount: Int
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var lastAccuracy: Double?
    private var barShown = false

    /// A reporter for a run of `epochs` epochs over `trainingCount` samples.
    init(output: OutputSink, style: RenderStyle, isTerminal: Bool, epochs: Int, trainingCount: Int) {
        self.output = output
        self.style = style
        self.barStyle = RenderStyle(color: style.color, unicode: style.unicode, width: style.width - Self.echoColumns)
        self.isTerminal = isTerminal
        self.epochs = epochs
        self.trainingCount = trainingCount
        self.start = clock.now
    }

    /// Takes one event from the trainer.
    func handle(_ event: TrainingEvent) {
        switch event {
        case .miniBatchFinished(let epoch, let batch, let batchesPerEpoch):
            guard isTerminal else { return }
            let now = clock.now
            if let lastDraw, now - lastDraw < .milliseconds(100), batch + 1 < batchesPerEpoch { return }
            lastDraw = now
            drawBar(epoch: epoch, fraction: Double(batch + 1) / Double(batchesPerEpoch), now: now)
        case .epochFinished(let report):
            if barShown { output.write(ProgressBar.clear(style: style)) }
            barShown = false
            lastAccuracy = report.results.first.map { $0.evaluation.accuracy * 100 }
            let scores = report.results.map {
                EpochLine.Score(name: $0.name, correct: $0.evaluation.correct, total: $0.evaluation.total)
            }
            output.write(EpochLine.text(epoch: report.epoch, scores: scores, seconds: report.seconds) + "\n")
        }
    }

    /// Removes the progress line, if one is shown (before a message after an interruption).
    func finish() {
        if barShown { output.write(ProgressBar.clear(style: style)) }
        barShown = false
    }

    private func drawBar(epoch: Int, fraction: Double, now: ContinuousClock.Instant) {
        let elapsed = (now - start).inSeconds
        let done = (Double(epoch) + fraction) / Double(epochs)
        let images = (Double(epoch) + fraction) * Double(trainingCount)
        let progress = TrainingProgress(
            epoch: epoch + 1, epochCount: epochs, fraction: fraction,
            imagesPerSecond: elapsed > 0.2 ? images / elapsed : nil,
            secondsRemaining: elapsed > 0.2 && done > 0 ? elapsed / done - elapsed : nil,
            lastAccuracy: lastAccuracy)
        output.write(ProgressBar.redraw(ProgressBar.line(progress, style: barStyle), style: barStyle))
        barShown = true
    }
}
