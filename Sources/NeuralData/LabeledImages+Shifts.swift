extension LabeledImages {
    /// The images followed, image by image, by their four 1-pixel shifts — chapter 6's expanded
    /// training data (the book's expand_mnist.py turns 50,000 MNIST images into 250,000): each
    /// image, then the image moved one pixel down, up, right and left, the row or column moved
    /// in filled with 0, all with the image's label. Still bytes: 5 × the pixels.
    /// - Throws: ``DataError/inconsistentImages(name:problem:)`` when 5 × the images would not
    ///   fit in memory (more than `Int.max` bytes).
    public func expandedByShifts() throws(DataError) -> LabeledImages {
        let (size, width, height) = (pixelsPerImage, columns, rows)
        let (total, overflow) = pixels.count.multipliedReportingOverflow(by: Self.shiftCopies)
        guard !overflow else {
            throw .inconsistentImages(name: name, problem: "\(count.grouped) images are too many to expand five times")
        }
        var expanded = [UInt8](repeating: 0, count: total)
        expanded.withUnsafeMutableBufferPointer { out in
            pixels.withUnsafeBufferPointer { source in
                for i in 0..<count {
                    let image = source.baseAddress! + i * size
                    let copies = out.baseAddress! + i * Self.shiftCopies * size
                    copies.update(from: image, count: size)
                    // Down: row r takes row r − 1; up: row r takes row r + 1.
                    (copies + size + width).update(from: image, count: size - width)
                    (copies + 2 * size).update(from: image + width, count: size - width)
                    // Right: column c takes column c − 1; left: column c takes column c + 1.
                    for r in 0..<height {
                        (copies + 3 * size + r * width + 1).update(from: image + r * width, count: width - 1)
                        (copies + 4 * size + r * width).update(from: image + r * width + 1, count: width - 1)
                    }
                }
            }
        }
        var labels = [UInt8](repeating: 0, count: count * Self.shiftCopies)
        for i in 0..<count {
            for k in 0..<Self.shiftCopies { labels[i * Self.shiftCopies + k] = self.labels[i] }
        }
        return try LabeledImages(name: name, pixels: expanded, labels: labels, rows: rows, columns: columns,
                                 classCount: classCount)
    }

    /// Each image and its four shifts.
    static let shiftCopies = 5
}
