import Testing
@testable import NNScript

/// Edit distance and the did-you-mean choice built on it.
@Suite struct SuggestionTests {
    @Test func editDistanceCountsEditsAndAdjacentSwaps() {
        #expect(editDistance("epoch", "epochs") == 1)
        #expect(editDistance("sdg", "sgd") == 1)
        #expect(editDistance("kitten", "sitting") == 3)
        #expect(editDistance("", "eta") == 3)
        #expect(editDistance("SGD", "sgd") == 0)
    }

    @Test func closestMatchPrefersTheNearestCandidate() {
        #expect(closestMatch(to: "epoch", in: ["eta", "epochs", "m"]) == "epochs")
        #expect(closestMatch(to: "sdg", in: ["save", "seed", "sgd", "show"]) == "sgd")
        #expect(closestMatch(to: "lamda", in: ["epochs", "lambda"]) == "lambda")
        #expect(closestMatch(to: "stopafter", in: ["stop-after"]) == "stop-after")
        #expect(closestMatch(to: "ep", in: ["eta", "epochs"]) == "epochs")
    }

    @Test func farCandidatesAreNotSuggested() {
        #expect(closestMatch(to: "xyz", in: ["sgd", "net", "eval"]) == nil)
        #expect(closestMatch(to: "banana", in: ["epochs", "eta"]) == nil)
    }
}
