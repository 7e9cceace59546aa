import NeuralNet
import NNSDisplay

/// Shows an `sgd` run as it goes: a `LiveDisplay` of its progress (epoch i/N, a bar for the
/// current epoch, images per second, ETA, last accuracy) — a line redrawn with "\r" on a
/// terminal, one display updated in place in a notebook, nothing in a pipe — and one line per
/// finished epoch in the book's style, `Epoch 0: 9129 / 10000 (1.840 s)`, everywhere.
final class TrainingReporter {
    /// Columns left free at the end of the progress line: Ctrl-C is echoed there by the terminal
    /// as "^C", and an echo that wrapped to a new line would leave the bar above, where clearing
    /// the current line cannot reach it.
    static let echoColumns = 2

    private let output: OutputSink
    private let live: LiveDisplay
    private let epochs: Int
    private let trainingCount: Int
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastAccuracy: Double?
    /// The epoch in progress (from 0) and how much of it is done, after the last mini-batch.
    private var position: (epoch: Int, fraction: Double)?

    /// A reporter for a run of `epochs` epochs over `trainingCount` samples.
    init(output: OutputSink, style: RenderStyle, isTerminal: Bool, epochs: Int, trainingCount: Int) {
        self.output = output
        self.live = LiveDisplay(output: output, isTerminal: isTerminal, style: style, reservedColumns: Self.echoColumns)
        self.epochs = epochs
        self.trainingCount = trainingCount
        self.start = clock.now
    }

    /// Takes one event from the trainer.
    func handle(_ event: TrainingEvent) {
        switch event {
        case .miniBatchFinished(let epoch, let batch, let batchesPerEpoch):
            position = (epoch, Double(batch + 1) / Double(batchesPerEpoch))
            guard live.isDue(endOfStep: batch + 1 == batchesPerEpoch) else { return }
            live.show(progressDisplay())
        case .epochFinished(let report):
            live.makeRoomForText()
            lastAccuracy = report.results.first.map { $0.evaluation.accuracy * 100 }
            let scores = report.results.map {
                EpochLine.Score(name: $0.name, correct: $0.evaluation.correct, total: $0.evaluation.total)
            }
            output.write(EpochLine.text(epoch: report.epoch, scores: scores, seconds: report.seconds) + "\n")
            if let speeds = report.learningSpeeds { output.write(Self.speedLine(speeds, when: "after epoch \(report.epoch)") + "\n") }
        case .learningRateChanged(let epoch, let eta):
            live.makeRoomForText()
            output.write("no better accuracy after epoch \(epoch): η halved to \(TrainingRun.number(eta))\n")
        case .initialLearningSpeeds(let speeds):
            live.makeRoomForText()
            output.write(Self.speedLine(speeds, when: "at the start") + "\n")
        }
    }

    /// "speed of learning ‖∂C/∂b^l‖ after epoch 3: layer 1 0.0121, layer 2 0.0598, layer 3 0.2830".
    static func speedLine(_ speeds: LearningSpeeds, when: String) -> String {
        "speed of learning ‖∂C/∂b^l‖ \(when): "
            + zip(speeds.layers, speeds.values).map { "layer \($0) \(NumberText.fixed($1, 4))" }.joined(separator: ", ")
    }

    /// Ends the progress display: removed from a terminal (before a message after an
    /// interruption), left at its last state in a notebook.
    func finish() {
        live.finish(final: position == nil ? nil : progressDisplay())
    }

    /// The progress at the last mini-batch: the bar's line as text, a `<progress>` bar in HTML.
    private func progressDisplay() -> Displayable {
        let (epoch, fraction) = position ?? (0, 0)
        let elapsed = (clock.now - start).inSeconds
        let done = (Double(epoch) + fraction) / Double(epochs)
        let images = (Double(epoch) + fraction) * Double(trainingCount)
        let progress = TrainingProgress(
            epoch: epoch + 1, epochCount: epochs, fraction: fraction,
            imagesPerSecond: elapsed > 0.2 ? images / elapsed : nil,
            secondsRemaining: elapsed > 0.2 && done > 0 ? elapsed / done - elapsed : nil,
            lastAccuracy: lastAccuracy)
        let style = live.textStyle
        return Displayable(subject: "training progress") { ProgressBar.line(progress, style: style) }
            .addingHTML { _ in HTMLText.progress(progress) }
    }
}
