import NeuralNet

/// Getting what a command needs from the session, or a diagnostic that teaches what to do first.
extension CommandContext {
    /// The current network; if there is none, a diagnostic at the verb saying how to make one
    /// (or what the unfinished layer-by-layer build still needs).
    func requireNetwork() throws(Diagnostic) -> Network {
        if let network = session.network { return network }
        if let draft = session.draft {
            let reason = draft.missing(classes: session.exampleClassCount) ?? "it is not finished"
            throw failure(.unfinishedNetwork(shape: draft.shapeDescription, reason: reason))
        }
        throw failure(.noNetwork(example: session.exampleNetCommand))
    }

    /// The data set `name`, or a diagnostic (at `argument`, else the verb) saying how to load it.
    func requireDataSet(_ name: DataSetName, at argument: String? = nil) throws(Diagnostic) -> LoadedDataSet {
        if let set = session.dataSet(name) { return set }
        if name == .train, session.dataSets.isEmpty { throw failure(.noTrainingData, at: argument) }
        let advice: String
        switch name {
        case .train:
            advice = "load training images with 'load mnist' or 'load idx images=… labels=…'"
        case .validation:
            advice = "'load mnist' splits one off the training images (split=50000), or load one with "
                + "'load idx images=… labels=… as=validation'"
        case .test:
            advice = "'load mnist' loads the test images, or load them with 'load idx images=… labels=… as=test'"
        }
        throw failure(.dataSetNotLoaded(name, advice: advice), at: argument)
    }

    /// Checks that `network` fits the images of `set` (input size = pixels per image, at least
    /// as many outputs as the set has classes — its own count, which may be fewer than another
    /// set's); a mismatch is reported at `argument` (else the verb).
    func checkFits(_ network: Network, _ set: LoadedDataSet, named name: DataSetName,
                   at argument: String? = nil) throws(Diagnostic) {
        let images = set.images
        if network.sizes[0] != images.pixelsPerImage {
            throw failure(.inputSizeMismatch(networkInputs: network.sizes[0], set: name.rawValue,
                                             pixels: images.pixelsPerImage, rows: images.rows,
                                             columns: images.columns), at: argument)
        }
        let outputs = network.sizes[network.sizes.count - 1]
        if outputs < images.classCount {
            throw failure(.outputSizeMismatch(networkOutputs: outputs, set: name.rawValue,
                                              classes: images.classCount), at: argument)
        }
    }

    /// The data set and 0-based index of an image reference (`test[7]`, `test[-1]` = the last),
    /// or a diagnostic at `argument` when the set is not loaded or has no such image.
    func requireImage(_ reference: SampleReference, at argument: String) throws(Diagnostic) -> (set: LoadedDataSet, index: Int) {
        let set = try requireDataSet(reference.set, at: argument)
        let index = reference.index < 0 ? set.count + reference.index : reference.index
        guard index >= 0, index < set.count else {
            throw failure(.imageIndexOutOfRange(set: reference.set, index: reference.index, count: set.count), at: argument)
        }
        return (set, index)
    }
}

extension Session {
    /// A `net` command that fits the loaded data: `net 784 30 10` for MNIST (input size and
    /// classes from the first loaded set, 30 hidden neurons as in the book).
    var exampleNetCommand: String {
        "net \(exampleSet?.images.pixelsPerImage ?? 784) 30 \(exampleClassCount)"
    }

    /// The outputs a network needs for all the loaded sets — the most classes any of them has
    /// (10 when none is loaded) — for suggestions and for `net`'s check.
    var exampleClassCount: Int { mostClasses?.set.images.classCount ?? 10 }

    /// The loaded set with the most classes (the first such of train, validation, test).
    var mostClasses: (name: DataSetName, set: LoadedDataSet)? {
        loaded().max { $0.set.images.classCount < $1.set.images.classCount }
    }

    /// The first loaded of train, test, validation: the shape and classes of the loaded data.
    var exampleSet: LoadedDataSet? { dataSets[.train] ?? dataSets[.test] ?? dataSets[.validation] }
}
