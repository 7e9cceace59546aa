import NNScript

extension Notebook {
    /// Runs the code cells in order in `interpreter`, as one script: each cell's diagnostics
    /// name it `NAME cell N` (`tour.ipynb cell 3:2:5: …`, N counting every cell from 1); a
    /// failing cell stops the rest unless the session keeps going, and `quit` stops them all.
    /// - Returns: `.failure` if any command failed, `.quit` after `quit`, else `.success`.
    public func run(in interpreter: Interpreter, named name: String) -> RunOutcome {
        var failed = false
        for cell in codeCells {
            switch interpreter.run(source: cell.source, file: "\(name) cell \(cell.number)") {
            case .success:
                if interpreter.lastRunWasInterrupted { return failed ? .failure : .success }
            case .quit:
                return .quit
            case .failure:
                failed = true
                if !interpreter.options.keepGoing { return .failure }
            }
        }
        return failed ? .failure : .success
    }
}
