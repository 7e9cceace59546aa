import Testing
@testable import NeuralNet

struct InputSegmentsTests {
    /// The blocks of a plan for `extents` (sorted), as (firstRow, columns) pairs.
    private func plan(_ extents: [Int]) -> [(firstRow: Int, columns: Range<Int>)] {
        let segments = InputSegments(capacity: extents.count)
        extents.withUnsafeBufferPointer { segments.plan(sortedExtents: $0.baseAddress!, rows: extents.count) }
        var blocks: [(Int, Range<Int>)] = []
        segments.forEachBlock { blocks.append(($0, $1 ..< $1 + $2)) }
        return blocks
    }

    @Test func equalExtentsAreOneBlock() {
        let blocks = plan([300, 300, 300, 300])
        #expect(blocks.count == 1 && blocks[0].firstRow == 0 && blocks[0].columns == 0..<300)
    }

    @Test func oneLongRowGetsABlockOfItsOwn() {
        let blocks = plan(Array(repeating: 100, count: 9) + [700])
        #expect(blocks.map(\.firstRow) == [0, 9])
        #expect(blocks.map(\.columns) == [0..<100, 100..<700])
    }

    @Test func smallStepsAreNotWorthABlock() {
        #expect(plan([500, 501, 502, 503, 504, 505, 506, 507, 508, 510]).count == 1)
    }

    @Test func rowsWithoutInputsNeedNoBlock() {
        #expect(plan([0, 0, 0]).isEmpty)
        let blocks = plan([0, 0, 40])
        #expect(blocks.count == 1 && blocks[0].columns == 0..<40)
    }

    @Test func everyRowIsCoveredUpToItsExtentAndBlocksTileTheWidest() {
        var generator = SeededGenerator(seed: 8)
        for _ in 0..<200 {
            let rows = 1 + Int(generator.nextUniform() * 20)
            let extents = (0..<rows).map { _ in Int(generator.nextUniform() * 800) }.sorted()
            let blocks = plan(extents)
            #expect(blocks.map(\.columns.lowerBound) == [0] + blocks.dropLast().map(\.columns.upperBound))
            #expect((blocks.last?.columns.upperBound ?? 0) == extents.last!)
            for (row, extent) in extents.enumerated() {
                let covered = blocks.filter { $0.firstRow <= row }.map(\.columns.upperBound).max() ?? 0
                #expect(covered >= extent, "row \(row) of \(extents)")
            }
        }
    }

    @Test func wideBatchesAreOneBlock() {
        let rows = InputSegments.maximumPlannedRows + 1
        let blocks = plan((0..<rows).map { $0 * 10 })
        #expect(blocks.count == 1 && blocks[0].firstRow == 0 && blocks[0].columns == 0..<(rows - 1) * 10)
    }
}
