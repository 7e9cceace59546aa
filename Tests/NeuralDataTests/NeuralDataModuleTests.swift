import Testing

@Test func packageBuilds() {
    #expect(1 + 1 == 2, "placeholder until NeuralData has real tests")
}
