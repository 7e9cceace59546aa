import Foundation
import Testing
import TestSupport
@testable import NNScript

/// The output layer's displayables: every view has a text form and its pictures; a text sink
/// gets the text, a `DisplaySink` every representation at once, `to=` the one it names.
@Suite struct DisplayableTests {
    /// A `DisplaySink` that records what it is given.
    final class RecordingDisplaySink: DisplaySink, @unchecked Sendable {
        var text = ""
        var errors = ""
        var displays: [DisplayBundle] = []
        var live: [(DisplayBundle, String)] = []
        var results: [DisplayBundle] = []
        var diagnostics: [Diagnostic] = []
        var interruptions: [String] = []
        let acceptedFormats: Set<DisplayFormat> = [.png, .svg, .html]
        func write(_ text: String) { self.text += text }
        func writeError(_ text: String) { errors += text }
        func display(_ bundle: DisplayBundle) { displays.append(bundle) }
        func updateLiveDisplay(_ bundle: DisplayBundle, id: String) { live.append((bundle, id)) }
        func result(_ bundle: DisplayBundle) { results.append(bundle) }
        func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
        func reportInterruption(_ message: String) { interruptions.append(message) }
    }

    /// The view fixture's session with the trained network and its history.
    static func trainedHarness(options: SessionOptions = SessionOptions()) throws -> InterpreterHarness {
        let trained = try #require(ViewFixture.trained)
        return try ViewFixture.harness(network: trained.network, history: [trained.record], options: options)
    }

    static func richSession(network: Bool = true) throws -> (Interpreter, RecordingDisplaySink) {
        let sink = RecordingDisplaySink()
        let interpreter = Interpreter(options: SessionOptions(), output: sink)
        interpreter.session = try (network ? trainedHarness() : ViewFixture.harness()).interpreter.session
        return (interpreter, sink)
    }

    /// `PNGProbe` of PNG bytes (written to a scratch file for the decoder).
    static func probe(_ bytes: [UInt8]) throws -> PNGProbe {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/picture.png"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try PNGProbe(path: path)
    }

    @Test func aDisplaySinkGetsEveryViewAsOneBundleWithAPNG() throws {
        let (interpreter, sink) = try Self.richSession()
        let views = ["show test[0]", "predict test[1]", "activations test[2]", "weights neuron=3", "weights grid",
                     "confusion test", "errors test n=6", "plot", "history"]
        for view in views {
            sink.displays = []
            #expect(interpreter.run(source: view, file: nil) == .success, "\(view): \(sink.diagnostics)")
            #expect(sink.displays.count == 1, "\(view)")
            let bundle = try #require(sink.displays.first)
            #expect(bundle.representations.first?.format == .text, "\(view)")
            #expect(!bundle.text.isEmpty, "\(view)")
            let png = try #require(bundle[.png], "\(view)")
            #expect(Array(png.bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(view)")
            let probe = try Self.probe(png.bytes)
            #expect(probe.width > 20 && probe.height > 20, "\(view)")
        }
        #expect(sink.text.isEmpty, "views wrote text besides their displays: \(sink.text)")
    }

    @Test func htmlFormsEmbedTheirPNGAndEscapeText() throws {
        let (interpreter, sink) = try Self.richSession()
        _ = interpreter.run(source: "show test[0]", file: nil)
        let bundle = try #require(sink.displays.first)
        let html = try #require(bundle[.html]).text
        let png = try #require(bundle[.png]).bytes
        #expect(html.contains("data:image/png;base64,\(Data(png).base64EncodedString())"))
        #expect(html.contains("test[0]: label 7"))
        sink.displays = []
        _ = interpreter.run(source: "confusion test", file: nil)
        let table = try #require(sink.displays.first?[.html]).text
        #expect(table.contains("<table>") && table.contains("recall %") && table.contains("accuracy "))
    }

    @Test func plotHasSVGAndATextSinkGetsOnlyText() throws {
        let (interpreter, sink) = try Self.richSession()
        _ = interpreter.run(source: "plot cost", file: nil)
        #expect(sink.displays.first?[.svg]?.text.hasPrefix("<svg") == true)
        let plain = try Self.trainedHarness()
        plain.run("plot cost")
        #expect(plain.output.contains("cost per epoch") && !plain.output.contains("<svg") && !plain.output.contains("PNG"))
    }

    @Test func toWritesTheFormItsExtensionNames() throws {
        let directory = try ScratchDirectory()
        let harness = try Self.trainedHarness(options: SessionOptions(currentDirectory: directory.path))
        #expect(harness.run("errors test n=12 to=mistakes.png") == .success, "\(harness.errors)")
        let gallery = try PNGProbe(path: directory.path + "/mistakes.png")
        #expect(gallery.width == 10 * (28 * ErrorGalleryView.pngScale + 1) + 1)
        #expect(harness.output.hasPrefix("wrote mistakes.png: the misclassified images of test, "))
        #expect(harness.run("confusion test to=confusion.html") == .success)
        let html = try String(contentsOfFile: directory.path + "/confusion.html", encoding: .utf8)
        #expect(html.contains("<table>"))
        #expect(harness.run("predict test[0] to=p.png") == .success)
        #expect(harness.run("history to=h.png") == .success)
        #expect(harness.run("activations test[0] to=a.html") == .success)
        harness.sink.clear()
        harness.run("history to=h.svg")
        #expect(harness.errors.hasPrefix("1:12: cannot write 'h.svg': this picture can be written as .png or .html"))
    }

    @Test func valueStatementsShowTheirValue() throws {
        let harness = InterpreterHarness()
        #expect(harness.run("let eta = 0.5\n$eta\n[784, $eta]\n\"a b\"") == .success)
        #expect(harness.output == "0.5\n[784, 0.5]\n\"a b\"\n")
        let (interpreter, sink) = try Self.richSession(network: false)
        _ = interpreter.run(source: "let sizes = [784, 30, 10]; $sizes", file: nil)
        #expect(sink.results.map(\.text) == ["[784, 30, 10]"] && sink.text.isEmpty)
        #expect(harness.run("$nope") == .failure)
        #expect(harness.errors.contains("undefined variable '$nope'"))
        #expect(try Script(parsing: "$eta").statements.map(\.debugDescription) == ["(value $eta)"])
    }

    @Test func diagnosticsReachTheSinkAsSuch() throws {
        let (interpreter, sink) = try Self.richSession()
        _ = interpreter.run(source: "sgd epoch=3", file: nil)
        #expect(sink.diagnostics.map(\.headline) == ["1:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?"])
        #expect(sink.errors.isEmpty)
    }

    @Test func completenessAndHelpUnderTheCursor() {
        #expect(completeness(of: "net 784 30 10") == .complete)
        #expect(completeness(of: "for x in [1, 2] {") == .incomplete)
        #expect(completeness(of: "sgd \\") == .incomplete)
        #expect(completeness(of: "echo \"open") == .incomplete)
        #expect(completeness(of: "}") == .invalid)
        #expect(completeness(of: "net [1 2]") == .invalid)
        let interpreter = InterpreterHarness().interpreter
        #expect(interpreter.help(at: 2, in: "sgd epochs=3")?.hasPrefix("sgd — ") == true)
        #expect(interpreter.help(at: 11, in: "sgd epochs=3")?.hasPrefix("sgd — ") == true)
        #expect(interpreter.help(at: 6, in: "help plot")?.hasPrefix("plot — ") == true)
        #expect(interpreter.help(at: 14, in: "echo a\ntime eval test")?.hasPrefix("eval — ") == true)
        #expect(interpreter.help(at: 3, in: "# sgd") == nil)
        #expect(interpreter.help(at: 0, in: "") == nil)
    }
}

/// Live displays: a `DisplaySink` gets training progress as one display updated in place.
@Suite struct LiveDisplayTests {
    @Test func trainingProgressIsOneLiveDisplayForADisplaySink() throws {
        let sink = DisplayableTests.RecordingDisplaySink()
        let interpreter = Interpreter(options: SessionOptions(), output: sink)
        _ = interpreter.run(source: "seed 1\n\(TestData.loadTrain())\nnet 784 30 10", file: nil)
        sink.text = ""
        #expect(interpreter.run(source: "sgd epochs=3 m=10", file: nil) == .success)
        #expect(!sink.live.isEmpty)
        #expect(Set(sink.live.map(\.1)).count == 1)
        #expect(sink.live.last?.0.text.hasPrefix("epoch 3/3 [") == true)
        #expect(sink.live.last?.0[.html]?.text.contains("<progress value=\"1.0000\"") == true)
        #expect(sink.text.components(separatedBy: "Epoch ").count == 4)
        #expect(!sink.text.contains("\r"))
    }

    @Test func aPipeGetsNoProgressAndATerminalARedrawnLine() throws {
        let pipe = InterpreterHarness()
        pipe.run("seed 1\n\(TestData.loadTrain(limit: 200, split: 150))\nnet 784 10 10")
        pipe.sink.clear()
        pipe.run("sgd epochs=2 m=50")
        #expect(!pipe.output.contains("\r") && !pipe.output.contains("epoch 1/2"))
    }
}
