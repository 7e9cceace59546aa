import Foundation
import TestSupport

/// Where the package and the real data for tests are (see ``RealData``), and scratch directories.
enum TestData {
    /// The package's root directory.
    static var packageRoot: String { RealData.packageRoot.path }

    /// The shared data directory.
    static var root: String { RealData.directory.path }

    /// The `load idx` command for the 5,000 MNIST training images, 4,000 for training and
    /// 1,000 for validation.
    static var loadFiveThousand: String {
        let directory = root + "/mnist-train-5k"
        return "load idx images=\"\(directory)/train-images-idx3-ubyte.gz\" "
            + "labels=\"\(directory)/train-labels-idx1-ubyte.gz\" split=4000"
    }
}
