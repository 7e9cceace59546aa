import Testing
@testable import NNScript

/// When the prompt should ask for another line.
@Suite struct CompletenessTests {
    @Test(arguments: [
        "", "info", "sgd epochs=30 eta=3.0", "for x in [1, 2] { eval }", "# comment {",
        "echo \"{ [\"", "eval }", "sgd eta=", "net 784 ]", "save @", "for x in [1]\n{\n eval\n}",
    ])
    func complete(_ text: String) {
        #expect(isComplete(text))
    }

    @Test(arguments: [
        "for eta in [0.25, 1.0] {", "for eta in [0.25, 1.0] {\n  net 784 30 10", "net [784,", "net [784,\n 30",
        "save \"my models/", "sgd epochs=30 \\", "sgd epochs=30 \\   ", "for eta in [1]",
        "for a in [1] {\n for b in [2] {\n eval }", "echo 'it",
    ])
    func incomplete(_ text: String) {
        #expect(!isComplete(text))
    }
}
