/// The plot area of a text line chart: `columns` × `rows` terminal cells that curves are drawn
/// into, either as braille dots (2×4 dots per cell, U+2800…U+28FF) or as one marker character
/// per cell. Each cell remembers the last series drawn into it, for its colour.
struct PlotCanvas {
    /// Whether cells hold braille dots (else one marker character each).
    let braille: Bool
    let columns: Int
    let rows: Int
    private var dots: [UInt8]
    private var markers: [Character?]
    private var owners: [Int?]

    init(columns: Int, rows: Int, braille: Bool) {
        self.columns = columns
        self.rows = rows
        self.braille = braille
        dots = Array(repeating: 0, count: columns * rows)
        markers = Array(repeating: nil, count: columns * rows)
        owners = Array(repeating: nil, count: columns * rows)
    }

    /// Horizontal resolution of the drawing grid: dots (2 per cell) or cells.
    var gridColumns: Int { braille ? 2 * columns : columns }
    /// Vertical resolution of the drawing grid: dots (4 per cell) or cells.
    var gridRows: Int { braille ? 4 * rows : rows }

    /// Bit of each dot of a braille cell, indexed [row][column] (Unicode's dot numbering).
    private static let dotBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// Draws series `index` through the drawing-grid points of each run; parts outside the
    /// grid are clipped.
    mutating func draw(runs: [[(column: Int, row: Int)]], series index: Int) {
        for run in runs {
            for point in BresenhamLine.polyline(run) {
                guard point.x >= 0, point.x < gridColumns, point.y >= 0, point.y < gridRows else { continue }
                let cell = braille ? (point.y / 4) * columns + point.x / 2 : point.y * columns + point.x
                if braille {
                    dots[cell] |= Self.dotBits[point.y % 4][point.x % 2]
                } else {
                    markers[cell] = SeriesPalette.marker(index)
                }
                owners[cell] = index
            }
        }
    }

    /// Text row `row` of the plot, `columns` wide, coloured per series when `style` has colour.
    func line(_ row: Int, style: RenderStyle) -> String {
        var text = ""
        for column in 0..<columns {
            let cell = row * columns + column
            let character: Character
            if braille {
                character = dots[cell] == 0 ? " " : Character(Unicode.Scalar(0x2800 + UInt32(dots[cell])) ?? " ")
            } else {
                character = markers[cell] ?? " "
            }
            if let owner = owners[cell] {
                text += style.paint(String(character), foreground: SeriesPalette.color(owner))
            } else {
                text.append(character)
            }
        }
        return text
    }
}
