import NeuralData
import NNSDisplay

/// Shows the progress of a data set download: on a terminal one line per file redrawn in place
/// (`downloading train-images-idx3-ubyte.gz: 45% of 9.9 MB`), otherwise one line when each
/// file starts. Local files report nothing.
final class DownloadReporter {
    private let output: OutputSink
    private let isTerminal: Bool
    private var currentFile: String?
    private var lastPercent = -1

    /// A reporter writing to `output`.
    init(output: OutputSink, isTerminal: Bool) {
        self.output = output
        self.isTerminal = isTerminal
    }

    /// Takes one progress report from the loader.
    func report(_ progress: DownloadProgress) {
        let size = progress.totalBytes.map { " of " + Self.megabytes($0) } ?? ""
        if progress.file != currentFile {
            if currentFile != nil, isTerminal { output.write("\n") }
            currentFile = progress.file
            lastPercent = -1
            if !isTerminal { output.write("downloading \(progress.file)\(size) from \(progress.source)\n") }
        }
        guard isTerminal, let fraction = progress.fraction else { return }
        let percent = Int(fraction * 100)
        guard percent != lastPercent else { return }
        lastPercent = percent
        output.write("\rdownloading \(progress.file): \(percent)%\(size)")
    }

    /// `9.9 MB`, `0.03 MB`: a size in megabytes (10^6 bytes) with two significant decimals at most.
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1e6
        return NumberText.fixed(value, value >= 1 ? 1 : 2) + " MB"
    }

    /// Ends the redrawn line, if one was drawn.
    func finish() {
        if currentFile != nil, isTerminal { output.write("\n") }
        currentFile = nil
    }
}
