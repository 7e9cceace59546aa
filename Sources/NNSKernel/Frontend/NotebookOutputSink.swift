import Foundation
import NNScript

/// The interpreter's `DisplaySink` inside the kernel: text goes to the cell's `stdout` and
/// `stderr` streams, views to `display_data` bundles of every representation they have, live
/// displays (training progress) to one display updated in place, value statements to the
/// cell's result. Diagnostics and interruption messages are not written: they are collected
/// and become the cell's one error.
///
/// Used on the shell thread only, one cell at a time (`begin` … `end`).
final class NotebookOutputSink: DisplaySink {
    private var output: KernelOutput?
    /// Live display ids already shown in this cell (the next update replaces them in place).
    private var shownLiveDisplays: Set<String> = []
    /// The cell's diagnostics, in order.
    private(set) var diagnostics: [Diagnostic] = []
    /// The cell's interruption messages, in order.
    private(set) var interruptions: [String] = []

    let acceptedFormats: Set<DisplayFormat> = [.png, .svg, .html]

    /// Starts a cell writing to `output`.
    func begin(_ output: KernelOutput) {
        self.output = output
        shownLiveDisplays = []
        diagnostics = []
        interruptions = []
    }

    /// Ends the cell: nothing more is sent.
    func end() {
        output = nil
    }

    func write(_ text: String) { output?.stream(.stdout, text) }

    func writeError(_ text: String) { output?.stream(.stderr, text) }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func reportInterruption(_ message: String) { interruptions.append(message) }

    func display(_ bundle: DisplayBundle) {
        output?.display(Self.mimeBundle(bundle), metadata: Self.metadata(bundle), displayID: nil, update: false)
    }

    func updateLiveDisplay(_ bundle: DisplayBundle, id: String) {
        let isUpdate = shownLiveDisplays.contains(id)
        shownLiveDisplays.insert(id)
        output?.display(Self.mimeBundle(bundle), metadata: Self.metadata(bundle), displayID: id, update: isUpdate)
    }

    func result(_ bundle: DisplayBundle) {
        output?.result(Self.mimeBundle(bundle), metadata: Self.metadata(bundle))
    }

    /// MIME type → representation: text as it is, binary formats in base64.
    static func mimeBundle(_ bundle: DisplayBundle) -> [String: JSON] {
        var data: [String: JSON] = [:]
        for representation in bundle.representations {
            data[representation.format.mimeType] = representation.format.isBinary
                ? .string(Data(representation.bytes).base64EncodedString()) : .string(representation.text)
        }
        return data
    }

    /// A PNG's width and height (so a front end can lay it out before decoding it).
    static func metadata(_ bundle: DisplayBundle) -> [String: JSON] {
        guard let size = bundle.pngSize else { return [:] }
        return [DisplayFormat.png.mimeType: ["width": .int(size.width), "height": .int(size.height)]]
    }
}
