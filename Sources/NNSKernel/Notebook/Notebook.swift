import NNScript

/// A Jupyter notebook (nbformat 4) as nns reads and writes it: its cells — code, markdown or
/// raw — with their source. Outputs are not kept: `nns run` replays the code, `nns convert`
/// turns a script into cells and back.
///
/// A script becomes cells at its block boundaries: blank lines (outside an open `{ … }`
/// block, so a loop is never split), or — in a script that has them — `# %%` lines only, as in
/// jupytext's percent format; `# %% [markdown]` starts a markdown cell whose lines are comments
/// (`# text`). Writing a script from cells is the reverse: cells separated by a blank line, or
/// by `# %%` lines when a blank line would not keep them apart.
public struct Notebook: Sendable, Equatable {
    /// One cell.
    public struct Cell: Sendable, Equatable {
        /// Its `cell_type`.
        public enum Kind: String, Sendable { case code, markdown, raw }

        public var kind: Kind
        /// The text, without a trailing new line.
        public var source: String

        /// A cell from its parts.
        public init(_ kind: Kind, _ source: String) {
            self.kind = kind
            self.source = source
        }
    }

    /// The cells in order.
    public var cells: [Cell]

    /// A notebook of `cells`.
    public init(cells: [Cell]) {
        self.cells = cells
    }

    /// The code cells with their 1-based position among all cells (how a notebook editor
    /// numbers them: "cell 3").
    public var codeCells: [(number: Int, source: String)] {
        cells.enumerated().compactMap { $0.element.kind == .code ? ($0.offset + 1, $0.element.source) : nil }
    }

    // MARK: The .ipynb file

    /// The notebook in the JSON text of an `.ipynb` file.
    /// - Throws: `NotebookError` when it is not JSON or not an nbformat 4 notebook.
    public init(ipynb bytes: [UInt8], path: String) throws(NotebookError) {
        guard let json = try? JSON(parsing: bytes), json.object != nil else { throw .notJSON(path: path) }
        guard let version = json["nbformat"]?.int else { throw .notANotebook(path: path, reason: "it has no nbformat") }
        guard version == 4 else { throw .unsupportedVersion(path: path, version: version) }
        guard let items = json["cells"]?.array else { throw .notANotebook(path: path, reason: "it has no list of cells") }
        var cells: [Cell] = []
        for (index, item) in items.enumerated() {
            guard let type = item["cell_type"]?.string, let kind = Cell.Kind(rawValue: type) else {
                throw .notANotebook(path: path, reason: "cell \(index + 1) has no cell_type code, markdown or raw")
            }
            let source: String
            switch item["source"] {
            case .string(let text)?: source = text
            case .array(let lines)?: source = lines.compactMap(\.string).joined()
            default: throw .notANotebook(path: path, reason: "cell \(index + 1) has no source")
            }
            cells.append(Cell(kind, Self.trimmingTrailingNewlines(source)))
        }
        self.cells = cells
    }

    /// The notebook as an nbformat 4.5 `.ipynb` file for the nns kernel: each cell with an id,
    /// its source as lines, code cells without outputs.
    public func ipynb() -> [UInt8] {
        let items: [JSON] = cells.enumerated().map { index, cell in
            var item: [String: JSON] = [
                "cell_type": .string(cell.kind.rawValue), "id": .string("cell-\(index + 1)"),
                "metadata": [:], "source": .array(Self.lines(cell.source).map(JSON.string)),
            ]
            if cell.kind == .code {
                item["execution_count"] = .null
                item["outputs"] = []
            }
            return .object(item)
        }
        let document: JSON = [
            "nbformat": 4, "nbformat_minor": 5, "cells": .array(items),
            "metadata": [
                "kernelspec": ["name": "nns", "display_name": "nns", "language": "nns"],
                "language_info": ["name": "nns", "file_extension": ".nns", "mimetype": "text/x-nns",
                                  "pygments_lexer": "bash", "codemirror_mode": "shell"],
            ],
        ]
        return document.prettyPrinted() + [0x0A]
    }

    // MARK: The .nns script

    /// The cells of an nns script (see the type's notes). A markdown cell ends at the next
    /// marker or at the first line that is not a comment.
    public init(script: String) {
        var cells: [Cell] = []
        var lines: [String] = []
        var kind = Cell.Kind.code
        func finish() {
            while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
            while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
            if !lines.isEmpty {
                let text = kind == .code ? lines : lines.map(Self.uncommented)
                cells.append(Cell(kind, text.joined(separator: "\n")))
            }
            lines = []
        }
        let allLines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let usesMarkers = allLines.contains { $0.trimmingCharacters(in: " \t\r").hasPrefix("# %%") }
        for line in allLines {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.hasPrefix("# %%") {
                finish()
                let marker = trimmed.dropFirst(4).lowercased()
                kind = marker.contains("[markdown]") ? .markdown : marker.contains("[raw]") ? .raw : .code
                continue
            }
            if kind != .code, !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                finish()  // a markdown cell is comment lines; the first command starts a code cell
                kind = .code
            }
            if trimmed.isEmpty, kind == .code, !usesMarkers, !lines.isEmpty,
               completeness(of: lines.joined(separator: "\n")) != .incomplete {
                finish()
                continue
            }
            lines.append(line)
        }
        finish()
        self.cells = cells
    }

    /// The notebook as an nns script: the code cells as they are, markdown and raw cells as
    /// `# %% [markdown]` comments; cells apart by a blank line when that reads back as the
    /// same cells, else by `# %%` lines.
    public var script: String {
        let plain = cells.map(Self.scriptText).joined(separator: "\n\n") + "\n"
        if Notebook(script: plain).cells == cells.filter({ !$0.source.isEmpty }) { return plain }
        return cells.map { cell in
            cell.kind == .code ? "# %%\n" + cell.source : Self.scriptText(cell)
        }.joined(separator: "\n\n") + "\n"
    }

    private static func scriptText(_ cell: Cell) -> String {
        switch cell.kind {
        case .code: return cell.source
        case .markdown, .raw:
            let body = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n")
            return "# %% [\(cell.kind.rawValue)]\n" + body
        }
    }

    /// A comment line of a markdown cell without its `# ` (or `#`).
    private static func uncommented(_ line: String) -> String {
        if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
        if line.hasPrefix("#") { return String(line.dropFirst()) }
        return line
    }

    /// `text` as nbformat's list of lines: each but the last with its "\n".
    private static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return parts.enumerated().map { $0.offset < parts.count - 1 ? $0.element + "\n" : $0.element }
    }

    private static func trimmingTrailingNewlines(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == "\n" || last == "\r" || last == "\r\n" { text = text.dropLast() }
        return String(text)
    }
}

/// Why a file is not a notebook nns can read.
public enum NotebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not JSON (or not an object).
    case notJSON(path: String)
    /// JSON, but not a notebook: `reason` says what is missing.
    case notANotebook(path: String, reason: String)
    /// An nbformat other than 4.
    case unsupportedVersion(path: String, version: Int)

    public var description: String {
        switch self {
        case .notJSON(let path):
            return "'\(path)' is not a notebook: it is not JSON"
        case .notANotebook(let path, let reason):
            return "'\(path)' is not a Jupyter notebook: \(reason)"
        case .unsupportedVersion(let path, let version):
            return "'\(path)' is an nbformat \(version) notebook; nns reads nbformat 4 — upgrade it with "
                + "'jupyter nbconvert --to notebook --nbformat 4'"
        }
    }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
