import NNSDisplay
import Synchronization

/// A display kept up to date in place while something runs — the progress of `sgd`.
///
/// A `DisplaySink` (the notebook) gets it as one display updated at most every `interval`,
/// with its last state shown by `finish`; a terminal gets a line redrawn with "\r" (also at the
/// end of each step, so a bar reaches 100% before the line that follows it), removed before
/// other text and at the end; anything else (a pipe, a file, a test capture) gets nothing.
/// Building the displayable costs more than a mini-batch step, so callers ask `isDue` first.
final class LiveDisplay {
    /// Updates closer together than this are skipped (at most ten a second).
    static let interval: Duration = .milliseconds(100)

    private let output: OutputSink
    private let rich: DisplaySink?
    private let isTerminal: Bool
    /// The session's style: a cleared line is `style.width` − 1 spaces.
    private let style: RenderStyle
    /// The style a redrawn line is padded in: `reservedColumns` narrower than `style`.
    private let lineStyle: RenderStyle
    /// The display's id for a `DisplaySink`, unique in the process.
    private let id: String
    private let clock = ContinuousClock()
    private var lastShown: ContinuousClock.Instant?
    /// On a terminal: the line is on the screen now. For a `DisplaySink`: the display exists.
    private var isShown = false

    private static let counter = Atomic<Int>(0)

    /// A live display writing to `output`; on a terminal (`isTerminal`) its line leaves
    /// `reservedColumns` free at the end (where the terminal echoes "^C").
    init(output: OutputSink, isTerminal: Bool, style: RenderStyle, reservedColumns: Int = 0) {
        self.output = output
        self.rich = output as? DisplaySink
        self.isTerminal = isTerminal
        self.style = style
        self.lineStyle = RenderStyle(color: style.color, unicode: style.unicode, width: style.width - reservedColumns)
        self.id = "nns-live-\(Self.counter.add(1, ordering: .relaxed).newValue)"
    }

    /// The style the displayable's text should be drawn in (narrower by the reserved columns).
    var textStyle: RenderStyle { lineStyle }

    /// Whether an update now would be shown: never when nothing can show it; else the first
    /// time, then once `interval` has passed — on a terminal also at `endOfStep`.
    func isDue(endOfStep: Bool) -> Bool {
        guard rich != nil || isTerminal else { return false }
        guard let lastShown else { return true }
        if endOfStep, rich == nil { return true }
        return clock.now - lastShown >= Self.interval
    }

    /// Shows `displayable` now (callers ask `isDue` first).
    func show(_ displayable: Displayable) {
        lastShown = clock.now
        if let rich {
            guard let bundle = try? displayable.bundle(rich.acceptedFormats) else { return }
            rich.updateLiveDisplay(bundle, id: id)
            isShown = true
        } else if isTerminal, let text = try? displayable.text() {
            output.write(ProgressBar.redraw(text, style: lineStyle))
            isShown = true
        }
    }

    /// Before other text is written: takes the line off a terminal (a notebook's display stays
    /// where it is, above the text).
    func makeRoomForText() {
        guard rich == nil, isShown else { return }
        output.write(ProgressBar.clear(style: style))
        isShown = false
    }

    /// At the end: a notebook's display shows `final` (when it was ever shown); a terminal's
    /// line is removed.
    func finish(final: Displayable?) {
        if rich != nil {
            if isShown, let final { show(final) }
        } else {
            makeRoomForText()
        }
    }
}
