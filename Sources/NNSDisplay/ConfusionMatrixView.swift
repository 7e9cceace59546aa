/// Terminal drawing of a `ConfusionMatrix` (`confusion test`): the k×k counts with rows = true
/// class and columns = predicted class, each row's recall at its end, each column's precision
/// under it (both in percent, one decimal), then the accuracy and the most confused pairs.
///
/// Off-diagonal zeros are shown as "·" ("." in ASCII) so the mistakes stand out. With colour
/// the diagonal is bold green and off-diagonal counts go from grey to red as they grow.
///
///     true\pred     0     1 …  recall
///             0   970     · …    99.0
///     precision  98.1  99.2 …
///     accuracy 95.12% (9,512 / 10,000); precision and recall in %
///     most confused: 4→9 (23), 7→2 (19), 9→4 (15)
public enum ConfusionMatrixView {
    static let diagonalColor = RGB(44, 160, 44)
    static let mistakeColor = RGB(214, 39, 40)
    static let quietColor = RGB.grey(138)

    /// The matrix as lines joined by "\n" (no trailing newline).
    /// - Parameters:
    ///   - classNames: one name per class ("0"…"9", or "T-shirt", …); throws `.lengthMismatch`
    ///     when the count differs from the matrix's.
    ///   - pairs: how many most-confused pairs to list (0 for none).
    public static func render(
        _ matrix: ConfusionMatrix, classNames: [String], pairs: Int = 5, style: RenderStyle
    ) throws(DisplayError) -> String {
        let k = matrix.classCount
        guard classNames.count == k else {
            throw .lengthMismatch(what: "class names for a \(k)×\(k) confusion matrix", expected: k, actual: classNames.count)
        }
        let percent = { (value: Double) in value.isNaN ? "-" : NumberText.fixed(100 * value, 1) }
        let precisions = (0..<k).map { percent(matrix.precision($0)) }
        let recalls = (0..<k).map { percent(matrix.recall($0)) }
        let cornerTitle = "true\\pred"
        let rowLabelWidth = ([cornerTitle, "precision"] + classNames).map(TextColumns.width).max() ?? 0
        let cellWidth = ([String(matrix.counts.joined().max() ?? 0)] + precisions + classNames).map(TextColumns.width).max() ?? 1
        let zero = style.unicode ? "·" : "."
        let largestMistake = matrix.mostConfusedPairs(limit: 1).first?.count ?? 0

        func row(_ label: String, _ cells: [String], _ last: String) -> String {
            (TextColumns.pad(label, to: rowLabelWidth, .right) + cells.map { " " + TextColumns.pad($0, to: cellWidth, .right) }.joined()
                + "  " + last).trimmingTrailingSpaces()
        }
        var lines = [row(cornerTitle, classNames, "recall")]
        for truth in 0..<k {
            let cells = (0..<k).map { predicted -> String in
                let count = matrix.counts[truth][predicted]
                if predicted == truth {
                    return style.paint(TextColumns.pad(String(count), to: cellWidth, .right), foreground: diagonalColor, bold: true)
                }
                let text = TextColumns.pad(count == 0 ? zero : String(count), to: cellWidth, .right)
                guard count > 0 else { return style.paint(text, foreground: quietColor) }
                let strength = Double(count) / Double(max(1, largestMistake))
                return style.paint(text, foreground: quietColor.mixed(with: mistakeColor, fraction: strength))
            }
            lines.append(row(classNames[truth], cells, TextColumns.pad(recalls[truth], to: 6, .right)))
        }
        lines.append(row("precision", precisions, ""))
        let accuracy = matrix.total == 0 ? "-" : NumberText.fixed(100 * matrix.accuracy, 2) + "%"
        lines.append("accuracy \(accuracy) (\(NumberText.thousands(matrix.correct)) / "
            + "\(NumberText.thousands(matrix.total))); precision and recall in %")
        let confused = matrix.mostConfusedPairs(limit: pairs).map {
            "\(classNames[$0.trueClass])\(style.arrow)\(classNames[$0.predictedClass]) (\($0.count))"
        }
        if !confused.isEmpty { lines.append("most confused: " + confused.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
