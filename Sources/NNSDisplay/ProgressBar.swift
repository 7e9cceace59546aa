/// The one-line live progress display of a training run on a terminal, redrawn in place:
///
///     epoch 3/30 [█████████▌          ] 47% 41,230 img/s ETA 0:12 last: 94.12%
///
/// The bar shows the current epoch's progress (to 1/8 of a cell with Unicode; `#` and `.` in
/// ASCII) and takes the columns the other fields leave, between 10 and 40. Fields that are not
/// known yet (speed, ETA, last accuracy) are left out, and so are they (speed first, then last
/// accuracy, then ETA) when the terminal is too narrow for them. For output that is not a
/// terminal use `EpochLine` instead (one line per finished epoch, like the book).
public enum ProgressBar {
    static let filledColor = RGB(44, 160, 44)

    /// The progress line, without "\r" or newline, at most `style.width` − 1 columns wide
    /// whenever "epoch i/N [10 cells] p%" fits.
    public static func line(_ progress: TrainingProgress, style: RenderStyle) -> String {
        let fraction = progress.clampedFraction
        let fields = Fields(progress)
        let head = fields.head, percent = fields.percent
        var speed = fields.speed, eta = fields.eta, last = fields.last
        let available = style.width - 1
        func tail() -> String { [percent, speed, eta, last].compactMap { $0 }.joined(separator: " ") }
        // The line must not wrap (a wrapped line cannot be redrawn): on a narrow terminal the
        // optional fields go, speed first. 14 = two spaces, two brackets, the smallest bar.
        func fits() -> Bool { head.count + tail().count + 14 <= available }
        if !fits() { speed = nil }
        if !fits() { last = nil }
        if !fits() { eta = nil }
        let tailText = tail()
        let barWidth = min(40, max(10, available - head.count - tailText.count - 4))
        let filled = style.unicode
            ? BarChart.bar(length: fraction * Double(barWidth), style: style)
            : String(repeating: "#", count: Int((fraction * Double(barWidth)).rounded(.down)))
        let empty = String(repeating: style.unicode ? "░" : ".", count: barWidth - filled.count)
        let bar = "[" + style.paint(filled, foreground: filledColor) + empty + "]"
        return "\(head) \(bar) \(tailText)"
    }

    /// What to write to redraw the progress line in place: a carriage return, the line, and
    /// spaces up to `style.width` − 1 columns to wipe a longer previous line (no escape codes).
    public static func redraw(_ line: String, style: RenderStyle) -> String {
        "\r" + TextColumns.pad(line, to: style.width - 1)
    }

    /// What to write to remove the progress line before printing other text: a carriage return,
    /// `style.width` − 1 spaces and another carriage return.
    public static func clear(style: RenderStyle) -> String {
        "\r" + String(repeating: " ", count: style.width - 1) + "\r"
    }

    /// The texts around the bar: "epoch 3/30", "47%", "41,230 img/s", "ETA 0:12",
    /// "last: 94.12%" (the last three nil while unknown).
    public struct Fields: Sendable, Equatable {
        /// "epoch 3/30".
        public let head: String
        /// "47%" (rounded down).
        public let percent: String
        /// "41,230 img/s".
        public let speed: String?
        /// "ETA 0:12".
        public let eta: String?
        /// "last: 94.12%".
        public let last: String?

        /// The fields of `progress`.
        public init(_ progress: TrainingProgress) {
            head = "epoch \(progress.epoch)/\(progress.epochCount)"
            percent = "\(Int((progress.clampedFraction * 100).rounded(.down)))%"
            speed = progress.imagesPerSecond.flatMap { $0.isFinite ? "\(NumberText.thousands(Int($0.rounded()))) img/s" : nil }
            eta = progress.secondsRemaining.map { "ETA \(NumberText.duration(seconds: $0))" }
            last = progress.lastAccuracy.flatMap { $0.isFinite ? "last: \(NumberText.fixed($0, 2))%" : nil }
        }
    }
}

extension TrainingProgress {
    /// `fraction` clamped to 0…1 (0 when not finite).
    var clampedFraction: Double { fraction.isFinite ? min(1, max(0, fraction)) : 0 }
}
