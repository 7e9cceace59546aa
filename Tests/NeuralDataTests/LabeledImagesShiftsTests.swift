import Testing
@testable import NeuralData

/// Chapter 6's expanded training data: every image followed by its 1-pixel shifts.
struct LabeledImagesShiftsTests {
    @Test func eachImageIsFollowedByItsFourShifts() throws {
        // Two 3×3 images: 1…9 and 11…19.
        let images = try LabeledImages(name: "tiny", pixels: (1...9).map(UInt8.init) + (11...19).map(UInt8.init),
                                       labels: [4, 7], rows: 3, columns: 3, classCount: 10)
        let expanded = try images.expandedByShifts()
        #expect(expanded.count == 10 && expanded.labels == [4, 4, 4, 4, 4, 7, 7, 7, 7, 7])
        #expect((expanded.rows, expanded.columns, expanded.classCount) == (3, 3, 10))
        let image: (Int) -> [UInt8] = { Array(expanded.image(at: $0)) }
        #expect(image(0) == [1, 2, 3, 4, 5, 6, 7, 8, 9])
        #expect(image(1) == [0, 0, 0, 1, 2, 3, 4, 5, 6], "down")
        #expect(image(2) == [4, 5, 6, 7, 8, 9, 0, 0, 0], "up")
        #expect(image(3) == [0, 1, 2, 0, 4, 5, 0, 7, 8], "right")
        #expect(image(4) == [2, 3, 0, 5, 6, 0, 8, 9, 0], "left")
        #expect(image(5) == (11...19).map(UInt8.init))
        #expect(image(9) == [12, 13, 0, 15, 16, 0, 18, 19, 0])
    }

    @Test func aShiftLosesOnlyTheInkItPushesOverTheBorder() throws {
        let images = try LabeledImages.load(images: TestData.mnist5k + "/train-images-idx3-ubyte.gz",
                                            labels: TestData.mnist5k + "/train-labels-idx1-ubyte.gz",
                                            name: "train", limit: 100)
        let expanded = try images.expandedByShifts()
        #expect(expanded.count == 500)
        func ink(_ pixels: ArraySlice<UInt8>, where keep: (Int, Int) -> Bool = { _, _ in true }) -> Int {
            pixels.indices.reduce(0) { total, p in
                let (r, c) = ((p - pixels.startIndex) / 28, (p - pixels.startIndex) % 28)
                return keep(r, c) ? total + Int(pixels[p]) : total
            }
        }
        for i in 0..<images.count {
            let image = images.image(at: i)
            let kept = [ink(image), ink(image) { r, _ in r < 27 }, ink(image) { r, _ in r > 0 },
                        ink(image) { _, c in c < 27 }, ink(image) { _, c in c > 0 }]
            for k in 0..<5 { #expect(ink(expanded.image(at: 5 * i + k)) == kept[k], "image \(i), copy \(k)") }
        }
    }
}
