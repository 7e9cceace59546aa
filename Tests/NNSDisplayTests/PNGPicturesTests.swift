import Testing
@testable import NNSDisplay

@Suite struct PNGPicturesTests {
    @Test func digitUpscaledTenTimes() throws {
        let bytes = try MNISTSample.testImages(count: 1)[0]
        let png = try PNGPictures.greyscale(try Raster(width: 28, height: 28, bytes: bytes), scale: 10)
        let image = try PNGReader(png)
        #expect((image.width, image.height, image.colorType) == (280, 280, 0))
        for y in 0..<280 {
            for x in 0..<280 where image.pixels[y * 280 + x] != bytes[(y / 10) * 28 + x / 10] {
                Issue.record("pixel (\(x), \(y)) is \(image.pixels[y * 280 + x])")
                return
            }
        }
    }

    @Test func heatMapColoursAreExact() throws {
        let raster = try Raster(width: 4, height: 1, values: [-2, 0, 1, 2])
        let image = try PNGReader(try PNGPictures.heatMap(raster, scale: 3))
        #expect((image.width, image.height, image.colorType) == (12, 3, 2))
        #expect(image.rgb(0, 0) == [33, 102, 172])
        #expect(image.rgb(4, 2) == [247, 247, 247])
        #expect(image.rgb(7, 1) == [213, 136, 145])  // +1 on the scale ±2: halfway to red
        #expect(image.rgb(11, 2) == [178, 24, 43])
        let limited = try PNGReader(try PNGPictures.heatMap(raster, limit: 1))
        #expect(limited.rgb(2, 0) == [178, 24, 43])
    }

    @Test func gridHasOnePixelSeparators() throws {
        let cells = try (0..<3).map { index in
            GridCell(try Raster(width: 2, height: 2, values: [Float](repeating: Float(index) / 2, count: 4)), palette: .greyscale)
        }
        let image = try PNGReader(try PNGPictures.grid(cells, columns: 2, scale: 2))
        // 2 columns × (4 + 1) + 1 = 11 wide, 2 rows × 5 + 1 = 11 high.
        #expect((image.width, image.height) == (11, 11))
        let line: [UInt8] = [128, 128, 128]
        #expect((0..<11).allSatisfy { image.rgb($0, 0) == line && image.rgb(0, $0) == line && image.rgb(5, $0) == line })
        #expect(image.rgb(1, 1) == [0, 0, 0])
        #expect(image.rgb(9, 4) == [128, 128, 128])  // cell 1 is grey 0.5 → 128 too
        #expect(image.rgb(1, 6) == [255, 255, 255])  // cell 2
        #expect(image.rgb(6, 6) == line)  // the empty fourth slot
    }

    @Test func hundredNeuronsMakeATenByTenGrid() throws {
        let cells = try (0..<100).map { _ in
            GridCell(try Raster(width: 28, height: 28, values: [Float](repeating: 0.1, count: 784)), palette: .diverging(limit: 1))
        }
        let image = try PNGReader(try PNGPictures.grid(cells))
        #expect((image.width, image.height) == (291, 291))
    }

    @Test func lineChartHasAxesAndCurves() throws {
        let train = ChartSeries(name: "train", values: [80, 85, 88, 90, 91, 92])
        let test = ChartSeries(name: "test", values: [82, 86, 87, 88, 89, 90])
        let image = try PNGReader(try PNGPictures.lineChart([train, test], yUnit: "%", title: "accuracy", width: 640, height: 400))
        #expect((image.width, image.height, image.colorType) == (640, 400, 2))
        #expect(image.rgb(0, 0) == [255, 255, 255])
        let layout = try ChartLayout(
            series: [train, test], yRange: nil, yUnit: "%", width: 640, height: 400, charWidth: 6, lineHeight: 11, hasTitle: true)
        #expect(image.rgb(layout.plotLeft, layout.plotTop + layout.plotHeight / 2) == [0, 0, 0])
        var seen = Set<[UInt8]>()
        for y in 0..<image.height { for x in 0..<image.width { seen.insert(image.rgb(x, y)) } }
        #expect(seen.contains([31, 119, 180]) && seen.contains([255, 127, 14]))
        // The first point of "train" (epoch 1, 80%) is the bottom-left corner of the plot.
        #expect(image.rgb(layout.plotLeft + 1, layout.plotBottom - 2) == [31, 119, 180])
    }

    @Test func badSizesAreErrors() throws {
        let raster = try Raster(width: 1, height: 1, values: [0])
        #expect(throws: DisplayError.self) { try PNGPictures.greyscale(raster, scale: 0) }
        #expect(throws: DisplayError.self) { try PNGPictures.grid([GridCell(raster, palette: .greyscale)], columns: 0) }
        #expect(throws: DisplayError.self) { try PNGPictures.lineChart([ChartSeries(name: "a", values: [1])], width: 100) }
    }
}

/// A PNG's size is bounded before anything is allocated: a huge image or layer is refused, not
/// compressed for minutes (the fuzzers found `weights … neuron=0 to=` of a 3072×194 map taking
/// over ten seconds at scale 10).
@Suite struct PNGPictureSizeTests {
    @Test func picturesOverTheLimitAreRefusedBeforeAllocating() throws {
        let wide = try Raster(width: 4_001, height: 4_000, values: [Float](repeating: 0, count: 16_004_000))
        #expect(throws: DisplayError.pictureTooLarge(width: 4_001, height: 4_000, limit: 16_000_000)) {
            try PNGPictures.greyscale(wide)
        }
        let small = try Raster(width: 1_000, height: 1_000, values: [Float](repeating: 0, count: 1_000_000))
        #expect(throws: DisplayError.pictureTooLarge(width: 5_000, height: 5_000, limit: 16_000_000)) {
            try PNGPictures.heatMap(small, scale: 5)
        }
        #expect(throws: DisplayError.self) { try PNGPictures.greyscale(small, scale: Int.max / 2) }
    }

    @Test func theScaleKeepsPicturesAboutTheTargetSize() {
        #expect(PNGPictures.scale(forSide: 28, target: 280, maximum: 10) == 10)
        #expect(PNGPictures.scale(forSide: 3_072, target: 280, maximum: 10) == 1)
        #expect(PNGPictures.scale(forSide: 100, target: 280, maximum: 10) == 2)
        #expect(PNGPictures.scale(forSide: 0, target: 280, maximum: 10) == 10)
    }
}
