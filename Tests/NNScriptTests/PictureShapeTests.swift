import Testing
import NNSDisplay
@testable import NNScript

/// How a neuron's incoming weights are laid out as a picture.
@Suite struct PictureShapeTests {
    @Test func followsTheImagesWhenTheCountMatches() {
        #expect(PictureShape(count: 784, image: (rows: 28, columns: 28)) == PictureShape(count: 784))
        let wide = PictureShape(count: 600, image: (rows: 20, columns: 30))
        #expect((wide.width, wide.height) == (30, 20))
        let other = PictureShape(count: 30, image: (rows: 28, columns: 28))
        #expect((other.width, other.height) == (6, 5))
    }

    @Test func squareWhenPossible() {
        let shapes = [784, 100, 30, 10, 1].map { PictureShape(count: $0) }.map { [$0.width, $0.height] }
        #expect(shapes == [[28, 28], [10, 10], [6, 5], [5, 2], [1, 1]])
    }

    @Test func aPrimeCountIsWrappedAndPaddedInsteadOfAStrip() throws {
        let shape = PictureShape(count: 101)
        #expect((shape.width, shape.height) == (11, 10))
        #expect(shape.text(count: 101, style: .plainUnicode) == "11×10, last row padded")
        #expect(shape.text(count: 101, style: .ascii) == "11x10, last row padded")
        let raster = try shape.raster((0..<101).map(Float.init))
        #expect(raster.values.count == 110)
        #expect(raster.values.suffix(9).allSatisfy { $0 == 0 })
        #expect(raster[x: 0, y: 9] == 99)
    }
}
