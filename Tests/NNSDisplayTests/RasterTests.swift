import Testing
@testable import NNSDisplay

@Suite struct RasterTests {
    @Test func bytesAreScaledToUnitRange() throws {
        let raster = try Raster(width: 2, height: 1, bytes: [0, 255])
        #expect(raster.values == [0, 1])
        #expect(raster[x: 1, y: 0] == 1)
    }

    @Test func wrongCountIsAnError() {
        #expect(throws: DisplayError.pixelCountMismatch(width: 28, height: 28, actual: 30)) {
            try Raster(width: 28, height: 28, values: Array(repeating: 0, count: 30))
        }
        #expect(throws: DisplayError.nonPositiveSize(what: "picture width", value: 0)) {
            try Raster(width: 0, height: 1, values: [])
        }
    }

    @Test func errorMessagesNameTheProblem() {
        let message = DisplayError.pixelCountMismatch(width: 28, height: 28, actual: 30).description
        #expect(message.contains("28×28") && message.contains("30") && message.contains("784"))
    }

    @Test func shapesForCounts() {
        #expect(Raster.shape(forCount: 784) == (28, 28))
        #expect(Raster.shape(forCount: 30) == (6, 5))
        #expect(Raster.shape(forCount: 100) == (10, 10))
        #expect(Raster.shape(forCount: 7) == (7, 1))
        #expect(throws: DisplayError.empty(what: "the list of values")) { try Raster(values: []) }
    }

    @Test func downsamplingAveragesBlocks() throws {
        let raster = try Raster(width: 3, height: 3, values: [0, 1, 2, 3, 4, 5, 6, 7, 8])
        let small = raster.downsampled(by: 2)
        #expect((small.width, small.height) == (2, 2))
        #expect(small.values == [2, 3.5, 6.5, 8])
        #expect(raster.downsampled(by: 1) == raster)
    }

    @Test func largestMagnitudeIgnoresNaN() throws {
        let raster = try Raster(width: 4, height: 1, values: [0.5, -0.75, .nan, 0.25])
        #expect(raster.largestMagnitude == 0.75)
        #expect(raster[x: 2, y: 0] == 0)
    }
}
