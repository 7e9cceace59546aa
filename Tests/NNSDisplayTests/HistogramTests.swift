import Testing
@testable import NNSDisplay

@Suite struct HistogramTests {
    let values: [Double] = [0, 0.1, 0.15, 0.2, 0.35, 0.5, 0.55, 0.6, 0.95, 1.0]

    @Test func binsLikeNumpy() throws {
        // numpy.histogram(values, bins=4) → ([4, 1, 3, 2], [0, 0.25, 0.5, 0.75, 1]).
        let histogram = try Histogram(values: values, bins: 4)
        #expect(histogram.counts == [4, 1, 3, 2])
        #expect(histogram.edges == [0, 0.25, 0.5, 0.75, 1])
        #expect(histogram.binWidth == 0.25)
    }

    @Test func fixedRangeLeavesOutsideValuesUncounted() throws {
        let histogram = try Histogram(values: values + [.nan, -3, 7], bins: 2, range: 0...0.5)
        #expect(histogram.counts == [4, 2])
    }

    @Test func equalValuesGetAUnitWideRange() throws {
        let histogram = try Histogram(values: [Float](repeating: 2, count: 5), bins: 2)
        #expect((histogram.lowerBound, histogram.upperBound) == (1.5, 2.5))
        #expect(histogram.counts == [0, 5])
    }

    @Test func rendersOneBarPerBin() throws {
        let text = try Histogram(values: values, bins: 4).render(width: 40, style: .ascii)
        #expect(text == """
            [0.00, 0.25) |###################### 4
            [0.25, 0.50) |######                 1
            [0.50, 0.75) |#################      3
            [0.75, 1.00] |###########            2
            """)
    }

    @Test func badArgumentsAreErrors() {
        #expect(throws: DisplayError.nonPositiveSize(what: "the number of histogram bins", value: 0)) {
            try Histogram(values: values, bins: 0)
        }
        #expect(throws: DisplayError.invalidRange(what: "histogram range", lower: 1, upper: 1)) {
            try Histogram(values: values, bins: 3, range: 1...1)
        }
    }

    @Test func summaryStatistics() {
        let stats = SummaryStatistics([Float](arrayLiteral: 1, 2, 3, 4, .nan))
        #expect(stats.count == 4)
        #expect(stats.nonFiniteCount == 1)
        #expect(stats.mean == 2.5)
        #expect(abs(stats.standardDeviation - 1.118033988749895) < 1e-12)  // numpy.std, ddof=0
        #expect((stats.minimum, stats.maximum) == (1, 4))
        #expect(stats.summary(decimals: 2) == "mean 2.50  std 1.12  min 1.00  max 4.00  (1 NaN/inf left out)")
    }

    @Test func summaryOfNothingIsNaN() {
        let stats = SummaryStatistics([Double]())
        #expect(stats.count == 0)
        #expect(stats.mean.isNaN && stats.maximum.isNaN)
        #expect(stats.summary(decimals: 1) == "mean nan  std nan  min nan  max nan")
    }
}
