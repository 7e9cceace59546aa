import Foundation
import NeuralData
import NNSDisplay

/// `load mnist|fashion [from=] [limit=] [split=]` and `load idx images= labels= [as=] [limit=]
/// [split=] [from=]`: reads data sets into the session.
///
/// mnist and fashion replace all three sets: train = the first `split` (default 50,000, or all
/// when fewer are loaded) training images, validation = the rest (absent when none are left),
/// test = the 10,000 test images. `limit` cuts the training file only, before the split. They
/// are looked for in `from=`, else `--data`, `$NNS_DATA`, `./data`, the cache, and downloaded
/// when missing. `load idx` replaces only the set named by `as=` (and validation, if `split=`
/// divides a training file).
struct LoadCommand: CommandExecutor {
    /// The book's number of training images kept for training; the rest is the validation set.
    static let bookSplit = 50_000

    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let source = context.arguments.string("source") ?? ""
        if let dataset = StandardDataset(rawValue: source) {
            try loadStandard(dataset, into: &context)
        } else {
            try loadIDX(into: &context)
        }
    }

    private func loadStandard(_ dataset: StandardDataset, into context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments, options = context.options
        let locator = DataLocator(explicitDirectory: arguments.path("from"), dataRoot: options.dataDirectory,
                                  environment: options.environment, currentDirectory: options.currentDirectory)
        let loader = DatasetLoader(locator: locator, environment: options.environment)
        let limit = arguments.int("limit")
        let reporter = DownloadReporter(output: context.output, isTerminal: options.isTerminal)
        let pair: DatasetPair
        do {
            pair = try loader.load(dataset, trainingLimit: limit, testLimit: nil, progress: reporter.report,
                                   isCancelled: context.isCancellationRequested)
        } catch .interrupted {
            reporter.finish()
            throw context.interruption
        } catch {
            reporter.finish()
            throw context.failure(.data(error), at: arguments.isGiven("from") ? "from" : "source")
        }
        reporter.finish()
        let (unexpanded, validation) = try split(pair.training, in: context, defaultSplit: Self.bookSplit)
        let train = try expanded(unexpanded, in: context)
        let origin = "\(dataset.rawValue) from \(pair.trainingDirectory)"
        let names = dataset.classNames
        context.session.dataSets = [
            .train: LoadedDataSet(train, origin: origin, classNames: names),
            .test: LoadedDataSet(pair.test, origin: "\(dataset.rawValue) from \(pair.testDirectory)", classNames: names),
        ]
        if let validation {
            context.session.dataSets[.validation] = LoadedDataSet(validation, origin: origin, classNames: names)
        }
        context.say("loaded \(dataset.displayName) from \(pair.trainingDirectory)")
        context.say(Self.summary(of: context.session, sets: DataSetName.allCases))
    }

    private func loadIDX(into context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments
        let target = arguments.dataSet("as") ?? .train
        if target != .train, arguments.isGiven("split") {
            throw context.failure(.splitNeedsTrainingSet(target), at: "split")
        }
        if target != .train, arguments.string("expand") == "shifts" {
            throw context.failure(.expandNeedsTrainingSet(target), at: "expand")
        }
        let paths = context.options.paths, base = arguments.path("from")
        let imagesPath = paths.resolve(arguments.path("images") ?? "", in: base)
        let labelsPath = paths.resolve(arguments.path("labels") ?? "", in: base)
        let images: LabeledImages
        do {
            images = try LabeledImages.load(images: imagesPath, labels: labelsPath, name: target.rawValue,
                                            limit: arguments.int("limit"), isCancelled: context.isCancellationRequested)
        } catch .interrupted {
            throw context.interruption
        } catch {
            throw context.failure(.data(error), at: Self.argument(blamedFor: error, images: imagesPath))
        }
        var sets = context.session.dataSets
        let origin = "idx \(arguments.path("images") ?? imagesPath)"
        var loaded = [target]
        if target == .train, arguments.isGiven("split") {
            let (train, validation) = try split(images, in: context, defaultSplit: images.count)
            sets[.train] = LoadedDataSet(try expanded(train, in: context), origin: origin)
            sets[.validation] = validation.map { LoadedDataSet($0, origin: origin) }
            loaded.append(.validation)
        } else {
            sets[target] = LoadedDataSet(target == .train ? try expanded(images, in: context) : images, origin: origin)
        }
        context.session.dataSets = sets
        context.say(Self.summary(of: context.session, sets: loaded))
    }

    /// `training` split at `split=` (or `defaultSplit`, at most its size): the first images for
    /// training, the rest for validation (nil when nothing is left over).
    private func split(_ training: LabeledImages, in context: CommandContext,
                       defaultSplit: Int) throws(Diagnostic) -> (LabeledImages, LabeledImages?) {
        let count = context.arguments.int("split") ?? min(defaultSplit, training.count)
        do {
            let parts = try training.split(at: count)
            let train = parts.training.renamed(DataSetName.train.rawValue)
            let validation = parts.validation.renamed(DataSetName.validation.rawValue)
            return (train, validation.count > 0 ? validation : nil)
        } catch {
            throw context.failure(.data(error), at: "split")
        }
    }

    /// The training images with `expand=shifts`: each followed by its four 1-pixel shifts.
    private func expanded(_ training: LabeledImages, in context: CommandContext) throws(Diagnostic) -> LabeledImages {
        guard context.arguments.string("expand") == "shifts" else { return training }
        do {
            return try training.expandedByShifts()
        } catch {
            throw context.failure(.data(error), at: "expand")
        }
    }

    /// Which argument a data error is about: the label file's problems at `labels`, the rest at `images`.
    private static func argument(blamedFor error: DataError, images: String) -> String {
        switch error {
        case .notLabelFile, .labelOutOfRange: return "labels"
        case .unreadable(let path, _), .notGzip(let path, _), .corruptGzip(let path, _), .wrongMagic(let path, _),
             .unknownElementType(let path, _), .truncated(let path, _, _), .trailingBytes(let path, _, _),
             .tooLarge(let path, _):
            return path == images ? "images" : "labels"
        default: return "images"
        }
    }

    /// `train 50,000 · validation 10,000 · test 10,000 images of 28×28 pixels, 10 classes` for
    /// the loaded ones of `sets`; when the sets' own class counts differ, each is named
    /// (`…, classes: train 10, validation 11`).
    static func summary(of session: Session, sets: [DataSetName]) -> String {
        let loaded = session.loaded(sets)
        guard let first = loaded.first?.set.images else { return "none — load some with 'load mnist'" }
        let counts = loaded.map { "\($0.name) \(NumberText.thousands($0.set.count))" }.joined(separator: " · ")
        let classes = loaded.map { $0.set.images.classCount }
        guard Set(classes).count > 1 else {
            return "\(counts) images of \(first.rows)×\(first.columns) pixels, \(first.classCount) \(first.classCount == 1 ? "class" : "classes")"
        }
        let each = loaded.map { "\($0.name) \($0.set.images.classCount)" }.joined(separator: ", ")
        return "\(counts) images of \(first.rows)×\(first.columns) pixels; classes: \(each)"
    }
}
