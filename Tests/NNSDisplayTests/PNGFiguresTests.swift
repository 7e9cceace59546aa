import Testing
@testable import NNSDisplay

/// The composite pictures of the views a notebook shows: exact sizes and the colours that
/// carry meaning.
@Suite struct PNGFiguresTests {
    static let digit: Raster = {
        (try? Raster(width: 28, height: 28, bytes: (try? MNISTSample.testImages(count: 1)[0]) ?? [UInt8](repeating: 0, count: 784)))
            ?? (try! Raster(width: 1, height: 1, values: [0]))
    }()

    @Test func imageBesideBarsHighlightsThePrediction() throws {
        let values: [Double] = [0.1, 0.9, 0.0]
        let image = try PNGReader(try PNGPictures.imageBesideBars(
            Self.digit, scale: 8, labels: ["0", "1", "2"], values: values, highlight: 1, range: 0...1))
        #expect(image.height == 224 && image.colorType == 2)
        #expect(image.rgb(0, 0) == [0, 0, 0])  // the digit's black corner
        // Bars start at 224 + 16 (gap) + one label character (12 px) + 10: row 1 is green past its start.
        let barStart = 224 + 16 + 12 + 10
        #expect(image.rgb(barStart + 5, 2 + 22 + 8) == [44, 160, 44])
        #expect(image.rgb(barStart + 5, 2 + 8) == [31, 119, 180])
        #expect(image.rgb(barStart + 100, 2 + 8) == [255, 255, 255])  // 0.1 of 240 px ends at 24
        #expect(throws: DisplayError.self) {
            try PNGPictures.imageBesideBars(Self.digit, scale: 8, labels: ["0"], values: values)
        }
    }

    @Test func stripsLabelAndFrameTheirCells() throws {
        let strips = [PNGPictures.CellStrip(title: "layer 1", values: [Float](repeating: 0.5, count: 30)),
                      PNGPictures.CellStrip(title: "layer 2", values: [0, 1, -1], labels: ["0", "1", "2"], highlight: 1)]
        let image = try PNGReader(try PNGPictures.imageAboveStrips(Self.digit, scale: 4, strips: strips, perRow: 25))
        #expect(image.width == 25 * 16 + 2)
        #expect(image.height > 112 + 2 * 14)
    }

    @Test func confusionMatrixCellsShowTheCounts() throws {
        let matrix = try ConfusionMatrix(counts: [[50, 0, 5], [1, 40, 0], [0, 9, 30]])
        let image = try PNGReader(try PNGPictures.confusionMatrix(matrix))
        #expect(image.width >= 3 * 36)
        // A mistake cell is reddish, an empty one white, the diagonal greenish.
        let left = max(String(2).count * 6, 4 * 6) + 10, top = 2 * (7 + 2 + 4) + 4
        let diagonal = image.rgb(left + 2, top + 2)
        #expect(diagonal[1] > diagonal[0])
        #expect(image.rgb(left + 36 + 2, top + 2) == [255, 255, 255])
        let mistake = image.rgb(left + 36 + 2, top + 72 + 2)
        #expect(mistake[0] > mistake[1])
    }

    @Test func captionedGridsLeaveRoomForTheCaption() throws {
        let cells = try (0..<3).map { GridCell(try Raster(width: 4, height: 4, values: [Float](repeating: 1, count: 16)), palette: .greyscale, caption: "7→2 0.93 \($0)") }
        let plain = try PNGReader(try PNGPictures.grid(cells, columns: 3, scale: 3))
        let captioned = try PNGReader(try PNGPictures.grid(cells, columns: 3, scale: 3, captions: true))
        #expect(captioned.width == plain.width)
        #expect(captioned.height == plain.height + 13)
        let captionRow = (1 + 12 + 2)..<(1 + 12 + 11)
        #expect(captionRow.contains { y in (1..<13).contains { x in captioned.rgb(x, y) == [0, 0, 0] } })
    }

    @Test func theLogoIsSquareAndDark() throws {
        for side in [32, 64] {
            let image = try PNGReader(try PNGPictures.logo(side: side))
            #expect((image.width, image.height, image.colorType) == (side, side, 2))
            #expect(image.rgb(0, 0) == [31, 45, 71])
        }
        #expect(throws: DisplayError.self) { try PNGPictures.logo(side: 8) }
    }
}

@Suite struct HTMLTextTests {
    @Test func escapesEverythingItWrites() {
        #expect(HTMLText.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
        #expect(HTMLText.preformatted(["<x>"]) == "<pre style=\"margin:0.2em 0\">&lt;x&gt;</pre>")
        #expect(HTMLText.preformatted([]) == "")
    }

    @Test func figuresEmbedThePNG() {
        let html = HTMLText.figure(png: [1, 2, 3], alt: "a \"digit\"", heading: ["top"], caption: ["under"])
        #expect(html.contains("src=\"data:image/png;base64,AQID\""))
        #expect(html.contains("alt=\"a &quot;digit&quot;\""))
        #expect(html.range(of: "top")!.lowerBound < html.range(of: "<img")!.lowerBound)
        #expect(html.contains("<figcaption>"))
    }

    @Test func tablesAlignNumbersRight() {
        let html = HTMLText.table(header: ["set", "accuracy"], rows: [["test", "95.12%"], ["validation"]])
        #expect(html.contains("<th>set</th><th style=\"text-align:right\">accuracy</th>"))
        #expect(html.contains("<td>test</td><td style=\"text-align:right\">95.12%</td>"))
        #expect(html.contains("<td>validation</td><td style=\"text-align:right\"></td>"))
    }

    @Test func confusionTablesColourTheCells() throws {
        let matrix = try ConfusionMatrix(counts: [[9, 1], [0, 10]])
        let html = HTMLText.confusionMatrix(matrix, classNames: ["cat", "dog"], pairs: 1)
        #expect(html.contains(">cat</th>") && html.contains("recall %"))
        #expect(html.contains("background:#c7e9c0;color:#000\">9</td>"))
        #expect(html.contains("most confused: cat→dog (1)"))
        #expect(html.contains("accuracy 95.00% (19 / 20)"))
    }

    @Test func progressIsAProgressElement() {
        let html = HTMLText.progress(TrainingProgress(epoch: 3, epochCount: 30, fraction: 0.5, imagesPerSecond: 41230, lastAccuracy: 94.125))
        #expect(html.contains("epoch 3/30 <progress value=\"0.5000\" max=\"1\""))
        #expect(html.contains("50%  41,230 img/s  last: 94.13%") || html.contains("50%  41,230 img/s  last: 94.12%"))
    }
}
