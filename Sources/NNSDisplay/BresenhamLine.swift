/// The cells of a one-cell-wide straight line between two grid points, both ends included
/// (Bresenham's algorithm): how chart curves are drawn in braille dots, text cells and pixels.
enum BresenhamLine {
    /// The cells from (x0, y0) to (x1, y1) inclusive, in order, each neighbouring the next.
    static func cells(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) -> [(x: Int, y: Int)] {
        let dx = abs(end.x - start.x)
        let dy = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1
        let stepY = start.y < end.y ? 1 : -1
        var error = dx + dy
        var (x, y) = start
        var cells = [(x, y)]
        while x != end.x || y != end.y {
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += stepX }
            if doubled <= dx { error += dx; y += stepY }
            cells.append((x, y))
        }
        return cells
    }

    /// All cells of the polyline through `points` (a single point gives itself).
    static func polyline(_ points: [(column: Int, row: Int)]) -> [(x: Int, y: Int)] {
        guard let first = points.first else { return [] }
        var cells = [(x: first.column, y: first.row)]
        for (from, to) in zip(points, points.dropFirst()) {
            cells += Self.cells(from: (from.column, from.row), to: (to.column, to.row)).dropFirst()
        }
        return cells
    }
}
