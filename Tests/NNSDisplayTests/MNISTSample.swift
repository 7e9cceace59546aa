import NNSDisplay
import TestSupport

/// Real MNIST test images for rendering tests, read from the shared data (see ``RealData``).
enum MNISTSample {
    /// The first `count` images of the MNIST test set as 28×28 byte arrays (row-major).
    static func testImages(count: Int) throws -> [[UInt8]] {
        let set = try LabeledIDXImages(realData: "mnist/t10k")
        guard set.count >= count else {
            throw RealDataError.notIDX(RealData.directory.appendingPathComponent("mnist/t10k-images-idx3-ubyte.gz"),
                                       problem: "it holds \(set.count) images, fewer than the \(count) wanted")
        }
        return (0..<count).map { set.pixels(of: $0..<($0 + 1)) }
    }

    /// Test image `index` as a raster with values in [0, 1].
    static func raster(_ index: Int) throws -> Raster {
        try Raster(width: 28, height: 28, bytes: testImages(count: index + 1)[index])
    }
}
