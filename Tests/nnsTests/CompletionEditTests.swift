@testable import nns
import NNScript
import Testing

/// What Tab does with the interpreter's candidates.
@Suite struct CompletionEditTests {
    @Test func aSingleArgumentNameIsFinishedWithoutASpace() {
        let edit = CompletionEdit(Completion(start: 4, prefix: "ep", candidates: ["epochs="]))
        #expect(edit == .replace(deleting: 0, inserting: "ochs="))
    }

    @Test func aSingleWordIsFinishedWithASpace() {
        let edit = CompletionEdit(Completion(start: 0, prefix: "sg", candidates: ["sgd"]))
        #expect(edit == .replace(deleting: 0, inserting: "d "))
    }

    @Test func directoriesAndImagesStayOpen() {
        #expect(CompletionEdit(Completion(start: 4, prefix: "da", candidates: ["data/"]))
            == .replace(deleting: 0, inserting: "ta/"))
        #expect(CompletionEdit(Completion(start: 5, prefix: "te", candidates: ["test["]))
            == .replace(deleting: 0, inserting: "st["))
    }

    @Test func severalCandidatesAreExtendedAsFarAsTheyAgree() {
        let edit = CompletionEdit(Completion(start: 0, prefix: "e", candidates: ["eval", "evaluate"]))
        #expect(edit == .replace(deleting: 0, inserting: "val"))
    }

    @Test func severalCandidatesThatDisagreeAtOnceAreListed() {
        let edit = CompletionEdit(Completion(start: 4, prefix: "e", candidates: ["epochs=", "eta="]))
        #expect(edit == .list(["epochs=", "eta="]))
    }

    @Test func pathsAreListedByTheirLastComponent() {
        let edit = CompletionEdit(Completion(start: 4, prefix: "examples/", candidates: ["examples/a.nns", "examples/b/"]))
        #expect(edit == .list(["a.nns", "b/"]))
    }

    @Test func aCandidateThatRewritesThePrefixReplacesIt() {
        let edit = CompletionEdit(Completion(start: 4, prefix: "~/d", candidates: ["/home/me/data/"]))
        #expect(edit == .replace(deleting: 3, inserting: "/home/me/data/"))
    }

    @Test func noCandidateDoesNothing() {
        #expect(CompletionEdit(Completion(start: 0, prefix: "zz", candidates: [])) == .none)
    }

    @Test func theCommonPrefixIsWholeCharacters() {
        #expect(CompletionEdit.commonPrefix(of: ["η-sweep.nns", "η-small.nns"]) == "η-s")
        #expect(CompletionEdit.commonPrefix(of: []) == "")
    }
}
