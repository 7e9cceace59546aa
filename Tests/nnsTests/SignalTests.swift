import Foundation
import Glibc
import Testing
import TestSupport

/// Real signals sent to the built binary running a script: the first SIGINT ends the training
/// gracefully and the script goes on; a second one ends nns (130); SIGTERM and SIGHUP end it at
/// the next safe point (143, 129) leaving no partial or temporary file; SIGQUIT ends it
/// conventionally (131), without the runtime's crash report.
@Suite(.serialized) struct SignalTests {
    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    /// A script training for a very long time on 1,000 images, then `after`.
    func script(_ after: String) throws -> String {
        try scratch.write("train.nns", """
            load idx images="\(TestData.root)/mnist-train-5k/train-images-idx3-ubyte.gz" \\
                labels="\(TestData.root)/mnist-train-5k/train-labels-idx1-ubyte.gz" limit=1000
            net 784 30 10
            sgd epochs=100000 monitor=none
            \(after)
            """)
    }

    /// The files in the scratch directory but the script (no model, no temporary file).
    var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []).filter { $0 != "train.nns" }.sorted()
    }

    func start(_ path: String) throws -> RunningProcess {
        try RunningProcess(arguments: [path], in: scratch.path)
    }

    @Test func aFirstSIGINTEndsTheTrainingAndTheScriptGoesOn() throws {
        let nns = try start(try script("save m.json\necho after-save"))
        try nns.waitFor("Epoch 3 complete")
        nns.send(SIGINT)
        #expect(try nns.waitForExit() == 0)
        #expect(nns.stderr.contains("interrupted in epoch "))
        #expect(nns.stderr.contains("; the network keeps what it learned"))
        #expect(nns.stdout.contains("saved m.json"))
        #expect(nns.stdout.hasSuffix("after-save\n"))
        let saved = try String(contentsOfFile: scratch.path + "/m.json", encoding: .utf8)
        #expect(saved.contains("\"ending\": \"cancelled\""))
        #expect(leftovers == ["m.json"])
    }

    @Test func aSecondSIGINTEndsNnsAtOnce() throws {
        let nns = try start(try script("echo second-training\nsgd epochs=100000 monitor=none\nsave m.json"))
        try nns.waitFor("Epoch 3 complete")
        nns.send(SIGINT)
        try nns.waitFor("second-training")
        try nns.waitFor("Epoch 3 complete", timeout: 60)
        nns.send(SIGINT)
        #expect(try nns.waitForExit() == 130)
        #expect(leftovers.isEmpty)
        #expect(!nns.stderr.contains("crashed"))
    }

    @Test func sigtermAndSighupEndTheScriptAtTheNextSafePoint() throws {
        for (signal, status) in [(SIGTERM, Int32(143)), (SIGHUP, 129)] {
            let nns = try start(try script("save m.json"))
            try nns.waitFor("Epoch 3 complete")
            nns.send(signal)
            #expect(try nns.waitForExit() == status)
            #expect(nns.stderr.contains("stopping — nns was asked to end; stopped before save m.json"))
            #expect(!nns.stderr.contains("crashed") && !nns.stderr.contains("Backtrac"))
            #expect(leftovers.isEmpty)
        }
    }

    @Test func sigtermDuringASaveNeverLeavesAPartialOrTemporaryFile() throws {
        let path = try scratch.write("save.nns", "net 784 1500 1500 10\nsave big.json\necho saved\n")
        for signals in [[SIGTERM], [SIGTERM, SIGTERM]] {
            let nns = try start(path)
            try nns.waitFor("net: ")
            for signal in signals { nns.send(signal) }
            #expect(try nns.waitForExit() == 143)
            let left = leftovers.filter { $0 != "save.nns" }
            #expect(left.allSatisfy { $0 == "big.json" }, "\(left)")
            if left == ["big.json"] {
                let text = try String(contentsOfFile: scratch.path + "/big.json", encoding: .utf8)
                #expect(text.hasSuffix("}\n"), "a complete model file")
            }
            try? FileManager.default.removeItem(atPath: scratch.path + "/big.json")
        }
    }

    @Test func sigquitEndsNnsConventionallyWithoutACrashReport() throws {
        let nns = try start(try script("save m.json"))
        try nns.waitFor("Epoch 3 complete")
        nns.send(SIGQUIT)
        #expect(try nns.waitForExit() == 131)
        #expect(!nns.stderr.contains("crashed"))
        #expect(!nns.stderr.contains("Backtrac"))
        #expect(leftovers.filter { !$0.hasPrefix("core") }.isEmpty)
    }
}
