import Foundation
import Testing
@testable import NeuralData
import TestSupport

/// The download path, without the internet: local-directory and file:// mirrors, corrupt
/// copies, and an unreachable server. Nothing is ever written below ../shared.
@Suite struct DownloadTests {
    let scratchDirectory: ScratchDirectory
    var scratch: String { scratchDirectory.path }

    init() throws {
        scratchDirectory = try ScratchDirectory()
    }

    /// A loader with NNS_DATA = scratch/store, HOME = scratch, cwd = scratch, and `mirror` as
    /// MNIST_MIRROR; training files are found locally when `haveTraining` (symlinks to the 5k set in
    /// ./data), so only the test pair needs fetching.
    func loader(mirror: String, haveTraining: Bool = true, nnsData: String? = nil) throws -> DatasetLoader {
        if haveTraining {
            let data = scratch + "/data"
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
            for file in [DatasetFile.trainingImages, .trainingLabels] {
                try FileManager.default.createSymbolicLink(
                    atPath: data + "/" + file.fileName, withDestinationPath: TestData.mnist5k + "/" + file.fileName)
            }
        }
        let environment = ["NNS_DATA": nnsData ?? scratch + "/store", "HOME": scratch, "MNIST_MIRROR": mirror]
        let locator = DataLocator(explicitDirectory: nil, environment: environment, currentDirectory: scratch)
        return DatasetLoader(
            locator: locator, downloader: Downloader(connectTimeout: 3, stallTimeout: 5, maximumTime: 20),
            environment: environment)
    }

    /// A mirror directory holding `file` with `change` applied to its real bytes.
    func corruptMirror(_ file: DatasetFile, _ change: (inout [UInt8]) -> Void) throws -> String {
        let mirror = scratch + "/mirror"
        try FileManager.default.createDirectory(atPath: mirror, withIntermediateDirectories: true)
        var bytes = try TestData.bytes(of: TestData.mnistFile(file.fileName))
        change(&bytes)
        try TestData.write(bytes, named: file.fileName, in: mirror)
        return mirror
    }

    /// The error loading MNIST with `loader` throws, or nil (recording an issue) if it succeeds.
    func loadError(_ loader: DatasetLoader) -> DataError? {
        do throws(DataError) {
            _ = try loader.load(.mnist)
            Issue.record("loading succeeded")
            return nil
        } catch {
            return error
        }
    }

    func files(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    @Test func localDirectoryMirrorFillsTheStoreWithVerifiedFiles() throws {
        let loader = try loader(mirror: TestData.mnist, haveTraining: false)
        var reports: [DownloadProgress] = []
        let pair = try loader.load(.mnist, limit: 20) { reports.append($0) }
        #expect(pair.training.count == 20 && pair.test.count == 20)
        #expect(pair.trainingDirectory == scratch + "/store/mnist")
        #expect(files(in: scratch + "/store/mnist") == DatasetFile.allCases.map(\.fileName).sorted())
        for file in DatasetFile.allCases {
            let last = try #require(reports.last { $0.file == file.fileName })
            #expect(last.bytesDone == StandardDataset.mnist.checksum(of: file).bytes && last.fraction == 1)
            #expect(last.source == TestData.mnist + "/" + file.fileName)
        }
        reports.removeAll()
        _ = try loader.load(.mnist, limit: 20) { reports.append($0) }
        #expect(reports.isEmpty, "a second load finds the files and fetches nothing")
    }

    @Test func fileURLMirrorFetchesOnlyTheMissingPair() throws {
        let pair = try loader(mirror: "file://" + TestData.mnist).load(.mnist)
        #expect(pair.training.count == 5000 && pair.trainingDirectory == scratch + "/data")
        #expect(pair.test.count == 10_000 && pair.testDirectory == scratch + "/store/mnist")
        #expect(files(in: scratch + "/store/mnist") == ["t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"])
    }

    @Test func checksumMismatchIsRefusedAndLeavesNothingBehind() throws {
        let mirror = try corruptMirror(.testLabels) { $0[100] ^= 0xff }
        let corruptDigest = MD5.hexDigest(of: try TestData.bytes(of: mirror + "/t10k-labels-idx1-ubyte.gz"))
        let attempt = DownloadAttempt(
            source: mirror + "/t10k-labels-idx1-ubyte.gz",
            problem: "checksum mismatch: MD5 \(corruptDigest), expected ec29112dd5afa0611ce80d1b7f02629c "
                + "(a damaged or different file)")
        let error = try #require(loadError(try loader(mirror: mirror)))
        guard case .datasetUnavailable(.mnist, _, let attempts) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(attempts == [attempt])
        #expect(error.description.contains("  \(attempt.source): \(attempt.problem)\n"))
        #expect(files(in: scratch + "/store/mnist") == [])
    }

    @Test func wrongSizeIsRefused() throws {
        let mirror = try corruptMirror(.testLabels) { $0.removeLast(42) }
        let error = try #require(loadError(try loader(mirror: mirror)))
        #expect(error.description.contains(
            "t10k-labels-idx1-ubyte.gz: wrong size: expected 4,542 bytes, got 4,500 (not the published file)"))
    }

    @Test func unreachableServerFailsFast() throws {
        let loader = try loader(mirror: "http://127.0.0.1:9/")
        let started = ContinuousClock.now
        let error = try #require(loadError(loader))
        #expect(ContinuousClock.now - started < .seconds(10))
        guard case .datasetUnavailable(_, _, let attempts) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(attempts.count == 1, "a dead mirror is not asked again for the other files")
        #expect(attempts.first?.source == "http://127.0.0.1:9/t10k-labels-idx1-ubyte.gz")
        #expect(attempts.first?.problem.hasPrefix("curl: (7)") == true)
        #expect(error.description.hasPrefix("MNIST is not available locally and could not be downloaded.\n"))
        #expect(error.description.contains("\nDownloading failed (no server could be reached: is this machine offline?):\n"))
        #expect(error.description.contains("`nns --data DIR`, `export NNS_DATA=DIR`, or `load mnist from=DIR`"))
        #expect(files(in: scratch + "/store/mnist") == [])
    }

    /// An executable standing in for curl: runs `body` (a shell script) with curl's arguments.
    func fakeCurl(_ body: String) throws -> Downloader {
        // Written through a close-on-exec descriptor: a process another test spawns meanwhile
        // must not inherit it, or running the script fails with ETXTBSY ("text file busy").
        let path = scratch + "/fake-curl"
        let script = Array("#!/bin/sh\n\(body)\n".utf8)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        let written = script.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == script.count else { throw POSIXError(.EIO) }
        return Downloader(curlPath: path)
    }

    @Test func urlDownloadsGoThroughCurlWithTimeoutsAndReportProgress() throws {
        // Copies the file named at the end of the URL from the shared MNIST directory to --output.
        let downloader = try fakeCurl("""
            for a; do url="$a"; done
            prev=""; for a; do [ "$prev" = "--output" ] && out="$a"; prev="$a"; done
            echo "$@" > "\(scratch)/curl-arguments"
            cp "\(TestData.mnist)/$(basename "$url")" "$out"
            """)
        let loader = try loader(mirror: "https://mirror.invalid/mnist")
        let withCurl = DatasetLoader(locator: loader.locator, downloader: downloader, environment: loader.environment)
        var reports: [DownloadProgress] = []
        let pair = try withCurl.load(.mnist, limit: 3) { reports.append($0) }
        #expect(pair.test.count == 3 && pair.testDirectory == scratch + "/store/mnist")
        #expect(reports.first == DownloadProgress(
            file: "t10k-labels-idx1-ubyte.gz", source: "https://mirror.invalid/mnist/t10k-labels-idx1-ubyte.gz",
            bytesDone: 0, totalBytes: 4542))
        #expect(reports.last?.bytesDone == 1_648_877)
        let arguments = try String(contentsOfFile: scratch + "/curl-arguments", encoding: .utf8)
        #expect(arguments.hasPrefix("--fail --location --silent --show-error --connect-timeout 10 --speed-limit 1024 "))
        // The partial file waits in the nearest existing directory until it is verified.
        #expect(arguments.hasSuffix("/.mnist-t10k-images-idx3-ubyte.gz.\(getpid()).part "
            + "https://mirror.invalid/mnist/t10k-images-idx3-ubyte.gz\n"))
    }

    @Test func anInterruptedDownloadTriesNoFurtherMirrors() throws {
        let loader = try loader(mirror: "")
        #expect(loader.mirrors(for: .mnist).count == 3)
        let interrupted = DatasetLoader(
            locator: loader.locator, downloader: try fakeCurl("kill -KILL $$"), environment: loader.environment)
        let error = try #require(loadError(interrupted))
        guard case .datasetUnavailable(_, _, let attempts) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(attempts == [DownloadAttempt(
            source: "https://ossci-datasets.s3.amazonaws.com/mnist/t10k-labels-idx1-ubyte.gz",
            problem: "interrupted (curl stopped by signal 9)")])
    }

    @Test func missingDataSetWithAFailingMirror() throws {
        let mirror = scratch + "/no-mirror-here"
        let error = try #require(loadError(try loader(mirror: mirror, haveTraining: false)))
        #expect(error.description == """
            MNIST is not available locally and could not be downloaded.
            Looked for train-labels-idx1-ubyte.gz, t10k-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and \
            train-images-idx3-ubyte.gz (or the same names without .gz) in:
              \(scratch)/store/mnist (no such directory)
              \(scratch)/store (no such directory)
              \(scratch)/data/mnist (no such directory)
              \(scratch)/data (no such directory)
              \(scratch)/.cache/nns/mnist (no such directory)
            Downloading failed:
              \(mirror)/train-labels-idx1-ubyte.gz: there is no such file
            To use files you already have, put the four files in one directory and point nns at it: \
            `nns --data DIR`, `export NNS_DATA=DIR`, or `load mnist from=DIR`.
            To download from elsewhere, set MNIST_MIRROR to a directory or base URL.
            """)
        // A failed download creates nothing: not the store, not its mnist/ directory.
        #expect(files(in: scratch) == [])
    }

    /// `load mnist from=DIR` / `load fashion from=DIR` whose download fails leaves DIR as it was.
    /// Fashion-MNIST only where Debian's dataset-fashion-mnist is not installed: with it, the
    /// load finds the package's files and never downloads (as CI's machine does).
    @Test(arguments: [StandardDataset.mnist, .fashion])
    func aFailedDownloadIntoAnExplicitDirectoryCreatesNothingThere(dataset: StandardDataset) throws {
        if dataset == .fashion, FileManager.default.fileExists(atPath: DataLocator.debianFashionDirectory) { return }
        let target = scratch + "/mine"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        let environment = ["HOME": scratch, "MNIST_MIRROR": scratch + "/no-mirror-here",
                           "FASHION_MNIST_MIRROR": scratch + "/no-mirror-here"]
        let locator = DataLocator(explicitDirectory: target, environment: environment, currentDirectory: scratch)
        let loader = DatasetLoader(locator: locator, environment: environment)
        #expect(throws: DataError.self) { try loader.load(dataset) }
        #expect(files(in: target) == [])
        #expect(files(in: scratch) == ["mine"])
    }

    @Test func aCancelledDownloadStopsCurlAndLeavesNothing() throws {
        let downloader = try fakeCurl("""
            prev=""; for a; do [ "$prev" = "--output" ] && out="$a"; prev="$a"; done
            echo partial > "$out"; exec sleep 30
            """)
        let loader = try loader(mirror: "https://mirror.invalid/mnist")
        let slow = DatasetLoader(locator: loader.locator, downloader: downloader, environment: loader.environment)
        let started = Date()
        let deadline = started.addingTimeInterval(0.5)
        #expect(throws: DataError.interrupted(what: "the download of MNIST")) {
            try slow.load(.mnist, trainingLimit: nil, testLimit: nil, isCancelled: { Date() > deadline })
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(files(in: scratch).filter { $0 != "fake-curl" && $0 != "data" } == [])
    }

    @Test func unwritableStoreFallsBackToTheCache() throws {
        try TestData.write([1], named: "a-file", in: scratch)
        let pair = try loader(mirror: TestData.mnist, nnsData: scratch + "/a-file/below").load(.mnist, limit: 5)
        #expect(pair.testDirectory == scratch + "/.cache/nns/mnist")
    }

    @Test func downloadDirectoryIsNeverTheCurrentDirectorysData() {
        let locator = DataLocator(explicitDirectory: nil, environment: [:], currentDirectory: "/w")
        #expect(locator.downloadDirectories(for: .mnist).isEmpty)
        let loader = DatasetLoader(locator: locator, environment: ["MNIST_MIRROR": "/nowhere"])
        #expect(throws: DataError.self) { try loader.load(.mnist) }
    }
}
