import Testing
@testable import NNSDisplay

@Suite struct NumberTextTests {
    @Test func fixedDecimals() {
        #expect(NumberText.fixed(0.9349, 2) == "0.93")
        #expect(NumberText.fixed(-0.0001, 2) == "0.00")
        #expect(NumberText.fixed(.nan, 2) == "nan")
        #expect(NumberText.fixed(-.infinity, 1) == "-inf")
        #expect(NumberText.fixed(41_230.4, 0) == "41230")
    }

    @Test func thousandsSeparators() {
        #expect(NumberText.thousands(41_230) == "41,230")
        #expect(NumberText.thousands(999) == "999")
        #expect(NumberText.thousands(-1_234_567) == "-1,234,567")
        #expect(NumberText.thousands(0) == "0")
    }

    @Test func durations() {
        #expect(NumberText.duration(seconds: 12) == "0:12")
        #expect(NumberText.duration(seconds: 754) == "12:34")
        #expect(NumberText.duration(seconds: 3725) == "1:02:05")
        #expect(NumberText.duration(seconds: -1) == "--:--")
        #expect(NumberText.duration(seconds: .infinity) == "--:--")
    }

    @Test func compactAndStepDecimals() {
        #expect(NumberText.compact(0.42137) == "0.421")
        #expect(NumberText.compact(2) == "2")
        #expect(NumberText.decimals(forStep: 0.25) == 2)
        #expect(NumberText.decimals(forStep: 20) == 0)
        #expect(NumberText.decimals(forStep: 0.1) == 1)
    }
}
