import NNSDisplay
import NeuralNet

/// What the inspection commands (`show`, `predict`, `weights`, `activations`, `confusion`,
/// `errors`, `history`, `plot`) share: the session's render style, the data set or image they
/// look at, drawing with errors placed at the right argument, and writing picture files.
extension CommandContext {
    /// How this session draws: colour, Unicode and width from the options.
    var style: RenderStyle { options.renderStyle }

    /// The loaded data set named by data-set argument `argument` (`confusion test`), or a
    /// diagnostic there saying how to load it.
    func inspectedSet(_ argument: String) throws(Diagnostic) -> InspectedSet {
        let name = arguments.dataSet(argument) ?? .test
        return InspectedSet(name: name, data: try requireDataSet(name, at: argument), isCancelled: isCancellationRequested)
    }

    /// The image named by image argument `argument` (`show test[7]`): its set and its index
    /// (a negative one counted from the end), or a diagnostic there when the argument is
    /// missing, the set is not loaded, or the index is out of range.
    func inspectedImage(_ argument: String) throws(Diagnostic) -> (set: InspectedSet, index: Int) {
        guard let reference = arguments.sample(argument) else {
            let usage = commands.spec(named: arguments.command)?.shortUsage ?? arguments.command
            throw Diagnostic(.missingArgument(argument, command: arguments.command, usage: usage), at: arguments.verb.span)
        }
        let (data, index) = try requireImage(reference, at: argument)
        return (InspectedSet(name: reference.set, data: data, isCancelled: isCancellationRequested), index)
    }

    /// Shows what `view` makes of the network and the image of argument `image` (`predict
    /// test[7]`, `activations test[7]`), after checking that the network fits its data set.
    func showNetworkView(
        of image: String,
        _ view: (Network, InspectedSet, Int, RenderStyle) throws(InspectionError) -> Displayable
    ) throws(Diagnostic) {
        let (set, index) = try inspectedImage(image)
        let network = try networkFitting(set, at: image)
        let style = style
        try show(try drawing { () throws(InspectionError) in try view(network, set, index, style) })
    }

    /// The network, checked to fit `set` (input size = pixels per image, outputs = classes);
    /// a mismatch is reported at `argument`.
    func networkFitting(_ set: InspectedSet, at argument: String) throws(Diagnostic) -> Network {
        let network = try requireNetwork()
        guard let name = DataSetName(rawValue: set.name) else { return network }
        try checkFits(network, set.data, named: name, at: argument)
        return network
    }

    /// The (rows, columns) of the loaded images (train, else test, else validation), which lay
    /// out the first layer's weights as pictures; nil when no data is loaded.
    var loadedImageShape: (rows: Int, columns: Int)? {
        session.exampleSet.map { ($0.images.rows, $0.images.columns) }
    }

    /// The result of a view; its `InspectionError` becomes a diagnostic at the argument it
    /// concerns (or at the command).
    func drawing<Result>(_ body: () throws(InspectionError) -> Result) throws(Diagnostic) -> Result {
        do {
            return try body()
        } catch .interrupted {
            throw interruption
        } catch {
            throw failure(.inspection(error), at: error.argument)
        }
    }

    /// Shows a view's displayable where the user asked: with `to=FILE`, the representation
    /// the file's extension names is written there (an extension the displayable has no form
    /// for is an error at `to=`, listing those it has); otherwise the front end gets it
    /// (`OutputSink.show`: the text on a terminal, every representation in a notebook).
    func show(_ displayable: Displayable) throws(Diagnostic) {
        guard let path = arguments.path("to") else {
            try drawing { () throws(InspectionError) in try output.show(displayable) }
            return
        }
        let allowed = displayable.fileFormats
        guard let format = DisplayFormat(path: path), allowed.contains(format) else {
            throw failure(.inspection(.unsupportedFileType(path: path, allowed: allowed.map(\.fileExtension))), at: "to")
        }
        let bytes = try drawing { () throws(InspectionError) in try displayable.render(format) ?? [] }
        try writePicture(bytes, what: displayable.subject, size: displayable.pictureSize)
    }

    /// Writes `bytes` to the file named by the `to=` argument (relative to the session's
    /// directory, `~` expanded), replacing it atomically, and says what was written:
    /// "wrote digit.png: test[7], 280×280 pixels". `what` describes the picture; `size` is its
    /// size in pixels when the bytes are not a PNG (whose size is read from the bytes).
    private func writePicture(_ bytes: [UInt8], what: String, size: (width: Int, height: Int)? = nil) throws(Diagnostic) {
        let path = arguments.path("to") ?? ""
        let written = try drawing { () throws(InspectionError) in
            try PictureFile.write(bytes, to: path, options: options)
        }
        say("wrote \(path): \(what)" + ((written ?? size).map { ", \($0.width)×\($0.height) pixels" } ?? ""))
    }
}
