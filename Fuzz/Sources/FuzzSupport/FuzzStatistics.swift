import Synchronization

private let inputs = Atomic<Int>(0)
private let lines = Atomic<Int>(0)
private let refused = Atomic<Int>(0)
private let accepted = Atomic<Int>(0)
private let skipped = Atomic<Int>(0)

/// What the harnesses did, for the report at the end of a run: inputs run, lines of source
/// run, inputs nns refused with an error (a corrupted file, a syntax error) and accepted, and
/// inputs skipped (they could name files outside the sandbox).
public enum FuzzStatistics {
    /// Counts one input; `lineCount` lines of source, `wasRefused` nil when skipped.
    static func record(lines lineCount: Int = 0, refused wasRefused: Bool?) {
        inputs.add(1, ordering: .relaxed)
        lines.add(lineCount, ordering: .relaxed)
        switch wasRefused {
        case nil: skipped.add(1, ordering: .relaxed)
        case true?: refused.add(1, ordering: .relaxed)
        case false?: accepted.add(1, ordering: .relaxed)
        }
    }

    /// One line for the log: `inputs 12,345 (lines 40,321): refused 9,876, accepted 2,000, skipped 469`.
    public static var summary: String {
        "inputs \(inputs.load(ordering: .relaxed)) (source lines \(lines.load(ordering: .relaxed))): "
            + "refused with an error \(refused.load(ordering: .relaxed)), accepted \(accepted.load(ordering: .relaxed)), "
            + "skipped \(skipped.load(ordering: .relaxed))"
    }

    /// Inputs run and not skipped.
    public static var inputsRun: Int { refused.load(ordering: .relaxed) + accepted.load(ordering: .relaxed) }
    /// Source lines run.
    public static var linesRun: Int { lines.load(ordering: .relaxed) }
}
