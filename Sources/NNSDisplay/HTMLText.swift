import Foundation

/// HTML fragments of the pictures and tables, for front ends that render HTML (a notebook):
/// a figure holding a PNG with the view's heading and caption, a table, a confusion matrix
/// with coloured cells, a progress bar. Every function returns a self-contained fragment (no
/// scripts, no external files: pictures are `data:` URIs) with all text escaped.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities.
    public static func escape(_ text: String) -> String {
        Markup.escaped(text)
    }

    /// Lines of plain text as a monospaced block (spacing kept), or "" for no lines.
    public static func preformatted(_ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "<pre style=\"margin:0.2em 0\">" + escape(lines.joined(separator: "\n")) + "</pre>"
    }

    /// A PNG as an `<img>` with a `data:` URI; `alt` describes it.
    public static func image(png: [UInt8], alt: String) -> String {
        "<img src=\"data:image/png;base64,\(Data(png).base64EncodedString())\" alt=\"\(escape(alt))\" "
            + "style=\"image-rendering:pixelated\"/>"
    }

    /// A figure: the `heading` lines, the PNG, then the `caption` lines (each monospaced).
    public static func figure(png: [UInt8], alt: String, heading: [String] = [], caption: [String] = []) -> String {
        "<figure style=\"margin:0\">" + preformatted(heading) + image(png: png, alt: alt)
            + (caption.isEmpty ? "" : "<figcaption>" + preformatted(caption) + "</figcaption>") + "</figure>"
    }

    /// A table with a header row; cells that look like numbers are right-aligned (as in
    /// `TextTable`). Rows shorter than the header are padded.
    public static func table(header: [String], rows: [[String]]) -> String {
        let columns = ([header.count] + rows.map(\.count)).max() ?? 0
        let numeric = (0..<columns).map { column in
            TextTable.isNumericColumn(rows.map { column < $0.count ? $0[column] : "" })
        }
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            let align = numeric[column] ? " style=\"text-align:right\"" : ""
            return "<\(tag)\(align)>\(escape(text))</\(tag)>"
        }
        var html = "<table><thead><tr>"
        for column in 0..<columns { html += cell("th", column < header.count ? header[column] : "", column) }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for column in 0..<columns { html += cell("td", column < row.count ? row[column] : "", column) }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// A confusion matrix as a table: rows = true class, columns = predicted class, the
    /// diagonal green, mistakes from white to red as they grow, each row's recall and each
    /// column's precision (in %), then the accuracy and the `pairs` most confused pairs.
    public static func confusionMatrix(_ matrix: ConfusionMatrix, classNames: [String], pairs: Int = 5) -> String {
        let k = matrix.classCount
        let name = { (c: Int) in c < classNames.count ? classNames[c] : String(c) }
        let percent = { (value: Double) in value.isNaN ? "-" : NumberText.fixed(100 * value, 1) }
        let largestMistake = max(1, matrix.mostConfusedPairs(limit: 1).first?.count ?? 0)
        var html = "<table><thead><tr><th>true \\ predicted</th>"
        for c in 0..<k { html += "<th style=\"text-align:right\">\(escape(name(c)))</th>" }
        html += "<th style=\"text-align:right\">recall %</th></tr></thead><tbody>"
        for truth in 0..<k {
            html += "<tr><th style=\"text-align:left\">\(escape(name(truth)))</th>"
            for predicted in 0..<k {
                let count = matrix.counts[truth][predicted]
                let colour: RGB = predicted == truth
                    ? RGB(199, 233, 192)
                    : (count == 0 ? .white : RGB.white.mixed(with: RGB(239, 59, 44), fraction: 0.15 + 0.85 * Double(count) / Double(largestMistake)))
                html += "<td style=\"text-align:right;background:\(hex(colour));color:#000\">\(count)</td>"
            }
            html += "<td style=\"text-align:right\">\(percent(matrix.recall(truth)))</td></tr>"
        }
        html += "<tr><th style=\"text-align:left\">precision %</th>"
        for c in 0..<k { html += "<td style=\"text-align:right\">\(percent(matrix.precision(c)))</td>" }
        html += "<td></td></tr></tbody></table>"
        let accuracy = matrix.total == 0 ? "-" : NumberText.fixed(100 * matrix.accuracy, 2) + "%"
        var notes = ["accuracy \(accuracy) (\(NumberText.thousands(matrix.correct)) / \(NumberText.thousands(matrix.total)))"]
        let confused = matrix.mostConfusedPairs(limit: pairs).map { "\(name($0.trueClass))→\(name($0.predictedClass)) (\($0.count))" }
        if !confused.isEmpty { notes.append("most confused: " + confused.joined(separator: ", ")) }
        return html + preformatted(notes)
    }

    /// A training run's progress: "epoch 3/30", a `<progress>` bar for the epoch, then the
    /// percentage, speed, ETA and last accuracy when known.
    public static func progress(_ progress: TrainingProgress) -> String {
        let fields = ProgressBar.Fields(progress)
        let tail = [fields.percent, fields.speed, fields.eta, fields.last].compactMap { $0 }.joined(separator: "  ")
        return "<div style=\"font-family:monospace\">\(escape(fields.head)) "
            + "<progress value=\"\(NumberText.fixed(progress.clampedFraction, 4))\" max=\"1\" style=\"width:16em\"></progress> "
            + "\(escape(tail))</div>"
    }

    /// `#rrggbb`.
    static func hex(_ colour: RGB) -> String {
        "#" + [colour.red, colour.green, colour.blue].map { String(format: "%02x", $0) }.joined()
    }
}
