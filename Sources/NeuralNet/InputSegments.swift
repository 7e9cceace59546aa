/// How the first layer's products cover a sparse mini-batch whose rows are sorted by extent
/// (the number of leading stored inputs a row can be non-zero in, see `SparseInputs`): as a
/// staircase of blocks, block b being rows `firstRow[b] ..< rows` × columns
/// `columnStart[b] ..< columnEnd[b]`, the blocks' column ranges tiling `0 ..< extent of the last row`.
///
/// One block over all rows and the widest extent computes every product of a row with a
/// column beyond its own extent, which is zero. Later blocks leave out the rows that end
/// before them. Each block costs two more GEMM calls, so the blocks are chosen (by dynamic
/// programming over the cut rows) to minimise Σ columns × (rows + 3) + 300 over the blocks, a
/// cost model fitted to W1 (784-30-10, m = 10) on the reference machine, in units of one
/// row × column of the two products: mostly 2 blocks, 14% fewer multiply-adds, 6% faster epochs.
final class InputSegments {
    let capacity: Int
    private let extents: UnsafeMutablePointer<Int>
    private let bestCost: UnsafeMutablePointer<Int>
    private let bestCut: UnsafeMutablePointer<Int>
    let firstRow: UnsafeMutablePointer<Int>
    let columnStart: UnsafeMutablePointer<Int>
    let columnEnd: UnsafeMutablePointer<Int>
    /// The number of blocks.
    private(set) var count = 0

    /// Above this many rows one block is used: planning costs rows², and wide batches use
    /// (nearly) every input in most rows anyway.
    static let maximumPlannedRows = 256

    /// Room for batches of up to `capacity` rows.
    init(capacity: Int) {
        self.capacity = capacity
        extents = .allocate(capacity: capacity)
        bestCost = .allocate(capacity: capacity + 1)
        bestCut = .allocate(capacity: capacity + 1)
        firstRow = .allocate(capacity: capacity)
        columnStart = .allocate(capacity: capacity)
        columnEnd = .allocate(capacity: capacity)
    }

    deinit {
        for buffer in [extents, bestCost, bestCut, firstRow, columnStart, columnEnd] { buffer.deallocate() }
    }

    /// One block: all `rows` × columns `0 ..< columns`.
    func single(rows: Int, columns: Int) {
        (firstRow[0], columnStart[0], columnEnd[0]) = (0, 0, columns)
        count = rows > 0 && columns > 0 ? 1 : 0
    }

    /// Calls `body(firstRow, columnStart, columnCount)` for each block, left to right.
    @inline(__always)
    func forEachBlock(_ body: (Int, Int, Int) -> Void) {
        for b in 0..<count { body(firstRow[b], columnStart[b], columnEnd[b] - columnStart[b]) }
    }

    /// Plans the blocks for rows whose extents are `sortedExtents[0 ..< rows]` (increasing).
    func plan(sortedExtents: UnsafePointer<Int>, rows: Int) {
        guard rows > 0 else { return single(rows: 0, columns: 0) }
        guard rows <= Self.maximumPlannedRows else { return single(rows: rows, columns: sortedExtents[rows - 1]) }
        // bestCost[c + 1]: cheapest cover of columns 0 ..< e[c] for every row (e[-1] = 0), where
        // a block from boundary e[i] to e[j] holds rows i + 1 ..< rows; costs in half units.
        func cost(rows: Int, columns: Int) -> Int { columns * (2 * rows + 6) + 600 }
        func extent(_ c: Int) -> Int { c < 0 ? 0 : sortedExtents[c] }
        bestCost[0] = 0
        for j in 0..<rows {
            if j > 0, extent(j) == extent(j - 1) {
                (bestCost[j + 1], bestCut[j + 1]) = (bestCost[j], j - 1)
                continue
            }
            var (best, cut) = (Int.max, -1)
            for i in -1..<j {
                let total = bestCost[i + 1] + cost(rows: rows - 1 - i, columns: extent(j) - extent(i))
                if total < best { (best, cut) = (total, i) }
            }
            (bestCost[j + 1], bestCut[j + 1]) = (best, cut)
        }
        // Walk the cuts back from the last row, then reverse into left-to-right order.
        count = 0
        var j = rows - 1
        while j >= 0 {
            let i = bestCut[j + 1]
            if extent(j) > extent(i) {
                (firstRow[count], columnStart[count], columnEnd[count]) = (i + 1, extent(i), extent(j))
                count += 1
            }
            j = i
        }
        for b in 0..<count / 2 {
            swap(&firstRow[b], &firstRow[count - 1 - b])
            swap(&columnStart[b], &columnStart[count - 1 - b])
            swap(&columnEnd[b], &columnEnd[count - 1 - b])
        }
    }
}
