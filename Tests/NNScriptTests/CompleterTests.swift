import Foundation
import Testing
@testable import NNScript

/// Tab completion: commands, argument names, choices, data sets, images, variables, paths.
@Suite struct CompleterTests {
    let completer = Completer(variables: ["eta", "etas", "sizes"], listPaths: { prefix in
        ["examples/", "examples/chapter1.nns", "my models/", "model.json"].filter { $0.hasPrefix(prefix) }
    })

    /// Candidates with the cursor at the end of `line`.
    func complete(_ line: String) -> [String] {
        completer.completions(line: line, cursor: line.utf8.count)
    }

    @Test func commandNames() {
        #expect(complete("sg") == ["sgd"])
        #expect(complete("s") == ["save", "seed", "sgd", "show"])
        #expect(complete("e") == ["echo", "errors", "eval", "exit", "export"])
        #expect(complete("").count == CommandTable.standard.names.count)
        #expect(complete("zz") == [])
    }

    @Test func commandNamesAfterSeparatorsBlocksAndTime() {
        #expect(complete("eval test; sg") == ["sgd"])
        #expect(complete("for eta in [1, 2] { net 784 30 10; sg") == ["sgd"])
        #expect(complete("time sg") == ["sgd"])
        #expect(complete("time sgd e") == ["epochs=", "eta-schedule=", "eta="])
    }

    @Test func argumentNames() {
        #expect(complete("sgd e") == ["epochs=", "eta-schedule=", "eta="])
        #expect(complete("sgd ep") == ["epochs="])
        #expect(complete("sgd epochs=30 e") == ["eta-schedule=", "eta="])
        #expect(complete("sgd ") == ["epochs=", "eta-schedule=", "eta=", "keep-best", "lambda=", "m=", "momentum=", "monitor=",
                                     "speed", "stop-after=", "threads="])
        #expect(complete("sgd eta-schedule=halve p") == ["patience="], "offered once its condition is written")
        #expect(complete("sgd speed s") == ["speed-samples=", "stop-after="])
        #expect(complete("net 784 30 10 a") == ["act="])
        #expect(complete("weights layer=1 g") == ["grid"])
        #expect(complete("weights grid ") == ["layer=", "neuron=", "to="])
    }

    @Test func choicesAndDataSets() {
        #expect(complete("eval t") == ["test", "train"])
        #expect(complete("eval ") == ["test", "train", "validation"])
        #expect(complete("errors ") == ["n=", "test", "to=", "train", "validation"])
        #expect(complete("errors test ") == ["n=", "to="])
        #expect(complete("load ") == ["expand=", "fashion", "from=", "idx", "limit=", "mnist", "split="])
        #expect(complete("load idx i") == ["images="])
        #expect(complete("load f") == ["fashion", "from="])
        #expect(complete("net 784 10 act=") == ["linear", "relu", "sigmoid", "tanh"])
        #expect(complete("net 784 10 cost=c") == ["cross-entropy"])
        #expect(complete("sgd monitor=validation,t") == ["test", "train"])
        #expect(complete("help sg") == ["sgd"])
        #expect(complete("weights grid=t") == ["true"])
    }

    @Test func imagesCompleteWithTheirBracket() {
        #expect(complete("show t") == ["test[", "to=", "train["])
        #expect(complete("predict v") == ["validation["])
    }

    @Test func variables() {
        #expect(complete("sgd eta=$e") == ["$eta", "$etas"])
        #expect(complete("net $s") == ["$sizes"])
        #expect(complete("sgd monitor=test,$e") == ["$eta", "$etas"])
        #expect(complete("for x in $e") == ["$eta", "$etas"])
    }

    @Test func paths() {
        #expect(complete("run ex") == ["examples/", "examples/chapter1.nns"])
        #expect(complete("save m") == ["model.json", "my models/"])
        #expect(complete("load idx images=ex") == ["examples/", "examples/chapter1.nns"])
        #expect(complete("open \"my") == ["\"my models/"])
        #expect(complete("plot to=mo") == ["model.json"])
    }

    @Test func nothingInCommentsNumbersOrUnknownCommands() {
        #expect(complete("sgd # e") == [])
        #expect(complete("sgd epochs=3") == [])
        #expect(complete("frobnicate e") == [])
        #expect(complete("let x = ") == [])
    }

    @Test func replacementRangeIsReported() {
        let line = "sgd monitor=validation,te"
        let completion = completer.complete(line: line, cursor: line.utf8.count)
        #expect(completion.start == 23)
        #expect(completion.prefix == "te")
        #expect(completion.candidates == ["test"])
        let middle = completer.complete(line: "eval t; info", cursor: 6)
        #expect(middle.start == 5)
        #expect(middle.prefix == "t")
        #expect(middle.candidates == ["test", "train"])
    }

    @Test func cursorIsAUTF8OffsetAndIsClamped() {
        let line = "echo \"η\"; sg"
        #expect(completer.completions(line: line, cursor: line.utf8.count) == ["sgd"])
        #expect(completer.completions(line: "sg", cursor: 99) == ["sgd"])
        #expect(completer.completions(line: "sgd", cursor: -3).count == CommandTable.standard.names.count)
    }

    @Test func filePathsFromTheFileSystem() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nns-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("runs"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["run1.nns", "run2.nns", ".hidden"] {
            try Data().write(to: directory.appendingPathComponent(name))
        }
        let base = directory.path + "/"
        #expect(PathCompletion.candidates(for: base + "ru") == [base + "run1.nns", base + "run2.nns", base + "runs/"])
        #expect(PathCompletion.candidates(for: base + ".h") == [base + ".hidden"])
        #expect(PathCompletion.candidates(for: base + "nothing") == [])
        #expect(PathCompletion.candidates(for: base + "missing/x") == [])
    }
}
