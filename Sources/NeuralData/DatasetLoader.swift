import Foundation
import SafeFiles

/// Loads a ``StandardDataset`` from wherever it is on this machine (see ``DataLocator``),
/// downloading it first if it is nowhere: into the first writable of the locator's download
/// directories, from the mirrors in `$MNIST_MIRROR` / `$FASHION_MNIST_MIRROR` (one directory
/// or base URL) or else the data set's default mirrors, tried in order. Every fetched file is
/// checked against its published size and MD5 and only then renamed into place, so a failed or
/// interrupted download never leaves a file that looks complete. Nothing is created before a
/// file has arrived and been verified: a download directory that does not exist yet is made only
/// then (the partial file lives meanwhile in its nearest existing parent, and is removed on any
/// failure, on cancellation and — through SafeFiles' `TemporaryFiles` — on a fatal signal).
public struct DatasetLoader: Sendable {
    /// Where to look for the files and where downloads go.
    public let locator: DataLocator
    /// How to fetch files; nil switches downloading off.
    public let downloader: Downloader?
    /// The environment (`MNIST_MIRROR`, `FASHION_MNIST_MIRROR` are read).
    public let environment: [String: String]

    /// A loader searching `locator`'s directories and, if `downloader` is not nil, downloading
    /// missing files.
    public init(locator: DataLocator, downloader: Downloader? = Downloader(), environment: [String: String]) {
        self.locator = locator
        self.downloader = downloader
        self.environment = environment
    }

    /// The mirrors tried for `dataset`, in order: the mirror variable's value if set, else the defaults.
    public func mirrors(for dataset: StandardDataset) -> [Mirror] {
        if let override = environment[dataset.mirrorVariable], !override.isEmpty {
            return [Mirror(parsing: override, currentDirectory: locator.currentDirectory)]
        }
        return dataset.defaultMirrors.map { Mirror.url($0) }
    }

    /// Loads `dataset`'s training set (`<name> training`, 60,000 images) and test set
    /// (`<name> test`, 10,000 images), each cut to its first `limit` images if given. The
    /// training pair and the test pair are each taken from the first candidate directory that
    /// holds both of its files; missing pairs are downloaded, reporting `progress`.
    /// Throws ``DataError/datasetUnavailable(dataset:searched:attempts:)`` if that fails, and
    /// the file's own error if a file found is malformed.
    public func load(
        _ dataset: StandardDataset, limit: Int? = nil, progress: (DownloadProgress) -> Void = { _ in }
    ) throws(DataError) -> DatasetPair {
        try load(dataset, trainingLimit: limit, testLimit: limit, progress: progress)
    }

    /// Whether the caller asked to stop (Ctrl-C): asked while downloading and every few
    /// megabytes while decompressing; the load then throws ``DataError/interrupted(what:)``.
    public typealias Cancellation = () -> Bool

    /// As `load(_:limit:progress:)`, with the training set cut to its first `trainingLimit`
    /// images and the test set to its first `testLimit` (nil: all of it) — `load mnist limit=1000`
    /// trains on a few images but still scores on the whole test set.
    public func load(
        _ dataset: StandardDataset, trainingLimit: Int?, testLimit: Int?,
        progress: (DownloadProgress) -> Void = { _ in }, isCancelled: @escaping Cancellation = { false }
    ) throws(DataError) -> DatasetPair {
        var training = locatePair(.trainingImages, .trainingLabels, of: dataset)
        var test = locatePair(.testImages, .testLabels, of: dataset)
        if training == nil || test == nil {
            let needed = (training == nil ? [DatasetFile.trainingImages, .trainingLabels] : [])
                + (test == nil ? [DatasetFile.testImages, .testLabels] : [])
            let directory = try download(needed, of: dataset, progress: progress, isCancelled: isCancelled)
            training = training ?? FilePair(.trainingImages, .trainingLabels, in: directory)
            test = test ?? FilePair(.testImages, .testLabels, in: directory)
        }
        guard let training, let test else {
            throw .datasetUnavailable(dataset: dataset, searched: searchReport(for: dataset), attempts: [])
        }
        let name = dataset.rawValue
        return DatasetPair(
            training: try training.load(name: name + " training", limit: trainingLimit, classCount: dataset.classCount,
                                        isCancelled: isCancelled),
            test: try test.load(name: name + " test", limit: testLimit, classCount: dataset.classCount,
                                isCancelled: isCancelled),
            trainingDirectory: training.directory,
            testDirectory: test.directory)
    }

    /// The image and label file of one set, found together in one directory.
    private struct FilePair {
        let directory: String
        let images: String
        let labels: String

        init?(_ images: DatasetFile, _ labels: DatasetFile, in directory: String) {
            guard let imagePath = DatasetLoader.find(images, in: directory),
                  let labelPath = DatasetLoader.find(labels, in: directory) else { return nil }
            self.directory = directory
            self.images = imagePath
            self.labels = labelPath
        }

        func load(name: String, limit: Int?, classCount: Int, isCancelled: @escaping Cancellation) throws(DataError) -> LabeledImages {
            try LabeledImages.load(images: images, labels: labels, name: name, limit: limit, classCount: classCount,
                                   isCancelled: isCancelled)
        }
    }

    private func locatePair(_ images: DatasetFile, _ labels: DatasetFile, of dataset: StandardDataset) -> FilePair? {
        locator.candidateDirectories(for: dataset).lazy.compactMap { FilePair(images, labels, in: $0) }.first
    }

    /// The path of `file` in `directory` under any of its accepted names, if it is a regular file there.
    private static func find(_ file: DatasetFile, in directory: String) -> String? {
        file.acceptedNames.lazy.map { directory + "/" + $0 }.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    /// Each searched directory with a note on what it holds, for the "not available" message.
    private func searchReport(for dataset: StandardDataset) -> [String] {
        locator.candidateDirectories(for: dataset).map { directory in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return directory + " (no such directory)" }
            let present = DatasetFile.allCases.filter { Self.find($0, in: directory) != nil }
            if present.isEmpty { return directory + " (none of the files)" }
            let missing = DatasetFile.allCases.filter { !present.contains($0) }
            return directory + " (has \(present.map(\.fileName).joined(separator: ", ")); "
                + "lacks \(missing.map(\.fileName).joined(separator: ", ")))"
        }
    }

    /// Downloads those of `files` not yet in the download directory and returns that directory.
    private func download(
        _ files: [DatasetFile], of dataset: StandardDataset, progress: (DownloadProgress) -> Void,
        isCancelled: @escaping Cancellation
    ) throws(DataError) -> String {
        func unavailable(_ attempts: [DownloadAttempt]) -> DataError {
            .datasetUnavailable(dataset: dataset, searched: searchReport(for: dataset), attempts: attempts)
        }
        guard let downloader else { throw unavailable([]) }
        var attempts: [DownloadAttempt] = []
        guard let (directory, existing) = writableDirectory(for: dataset, failures: &attempts) else {
            throw unavailable(attempts)
        }
        var liveMirrors = mirrors(for: dataset)
        for file in DatasetFile.allCases where files.contains(file) && Self.find(file, in: directory) == nil {
            let destination = directory + "/" + file.fileName
            var fetched = false
            while !fetched, let mirror = liveMirrors.first {
                if isCancelled() { throw .interrupted(what: "the download of \(dataset.displayName)") }
                do throws(Downloader.Failure) {
                    try fetch(file, of: dataset, from: mirror, to: destination, partialIn: existing, with: downloader,
                              progress: progress, isCancelled: isCancelled)
                    fetched = true
                } catch {
                    if error.cancelled { throw .interrupted(what: "the download of \(dataset.displayName)") }
                    attempts.append(DownloadAttempt(source: mirror.location(of: file.fileName), problem: error.problem))
                    if error.interrupted { throw unavailable(attempts) }
                    liveMirrors.removeFirst()  // a mirror that failed once is not asked again
                }
            }
            guard fetched else { throw unavailable(attempts) }
        }
        return directory
    }

    /// Fetches one file to a temporary name in `partialDirectory` (the destination's directory,
    /// or its nearest existing parent while that does not exist), verifies its size and MD5,
    /// creates the destination's directory if need be, and renames the file into place.
    private func fetch(
        _ file: DatasetFile, of dataset: StandardDataset, from mirror: Mirror, to destination: String,
        partialIn partialDirectory: String, with downloader: Downloader, progress: (DownloadProgress) -> Void,
        isCancelled: @escaping Cancellation
    ) throws(Downloader.Failure) {
        let directory = (destination as NSString).deletingLastPathComponent
        let owner = partialDirectory == directory ? "" : (directory as NSString).lastPathComponent + "-"
        let temporary = partialDirectory + "/.\(owner)\(file.fileName).\(ProcessInfo.processInfo.processIdentifier).part"
        let registration = TemporaryFiles.register(temporary)
        defer {
            unlink(temporary)
            TemporaryFiles.unregister(registration)
        }
        let expected = dataset.checksum(of: file)
        try downloader.fetch(file.fileName, from: mirror, to: temporary, totalBytes: expected.bytes, progress: progress,
                             isCancelled: isCancelled)
        let size = Downloader.fileSize(temporary) ?? 0
        guard size == expected.bytes else {
            throw Downloader.Failure(
                problem: "wrong size: expected \(expected.bytes.grouped) bytes, got \(size.grouped) "
                    + "(not the published file)")
        }
        let digest: String
        do {
            digest = try FileBytes.withContents(of: temporary) { bytes in MD5.hexDigest(of: bytes) }
        } catch {
            throw Downloader.Failure(problem: error.description)
        }
        guard digest == expected.md5 else {
            throw Downloader.Failure(
                problem: "checksum mismatch: MD5 \(digest), expected \(expected.md5) (a damaged or different file)")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Downloader.Failure(problem: "cannot create the directory \(directory): \(error.localizedDescription)")
        }
        guard rename(temporary, destination) == 0 else {
            throw Downloader.Failure(
                problem: "cannot move the file into \(destination): \(String(cString: strerror(errno)))")
        }
    }

    /// The first download directory that exists and is writable, or that does not exist yet but
    /// could be created (its nearest existing parent is a writable directory), with that existing
    /// directory (where partial files go); records the others' problems in `failures`. Creates
    /// nothing.
    private func writableDirectory(
        for dataset: StandardDataset, failures: inout [DownloadAttempt]
    ) -> (directory: String, existing: String)? {
        for directory in locator.downloadDirectories(for: dataset) {
            var existing = directory
            while RegularFile.kind(of: existing) == nil, existing != "/" {
                existing = (existing as NSString).deletingLastPathComponent
                if existing.isEmpty { existing = "/" }
            }
            guard RegularFile.kind(of: existing) == .directory else {
                failures.append(DownloadAttempt(source: directory, problem: "cannot create this directory: \(existing) is not a directory"))
                continue
            }
            guard access(existing, W_OK) == 0 else {
                failures.append(DownloadAttempt(source: directory, problem: existing == directory
                    ? "this directory is not writable" : "cannot create this directory: \(existing) is not writable"))
                continue
            }
            return (directory, existing)
        }
        if failures.isEmpty {
            failures.append(DownloadAttempt(
                source: "(no download directory)",
                problem: "neither NNS_DATA, XDG_CACHE_HOME nor HOME is set, and no directory was given"))
        }
        return nil
    }
}
