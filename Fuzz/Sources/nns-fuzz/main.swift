// nns-fuzz — the project's fuzzers (see FuzzSupport and scripts/fuzz.sh).
//
//   nns-fuzz language|idx|model [libFuzzer options] [corpus directories]   (built with libFuzzer)
//   nns-fuzz generate [--lines N] [--seed S]   hostile lines from the seeded generator
//   nns-fuzz replay language|idx|model FILE|DIRECTORY…   every input once
//
// Each prints a summary line at the end (inputs, source lines, refused, accepted, skipped).
import Foundation
import FuzzSupport
import Glibc

/// The harness libFuzzer's callback feeds (the callback is a C function: it cannot capture).
nonisolated(unsafe) var selectedHarness: Harness?

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("nns-fuzz: " + message + "\n").utf8))
    exit(2)
}

func printSummary() {
    print("nns-fuzz: " + FuzzStatistics.summary)
}

/// Every file named, or found below a named directory.
func inputFiles(_ paths: [String]) -> [String] {
    paths.flatMap { path -> [String] in
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { fail("no such file: \(path)") }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }.filter {
            var inner: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &inner) && !inner.boolValue
        }
    }
}

var arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "help"
switch mode {
case "generate":
    var lines = 10_000, seed: UInt64 = 1
    var options = arguments.dropFirst(2).makeIterator()
    while let option = options.next() {
        switch option {
        case "--lines": lines = options.next().flatMap(Int.init) ?? lines
        case "--seed": seed = options.next().flatMap(UInt64.init) ?? seed
        default: fail("unknown option \(option) (generate takes --lines N --seed S)")
        }
    }
    let harness = LanguageHarness()
    var generator = LineGenerator(seed: seed)
    var produced = 0
    while produced < lines {
        let script = generator.script(lines: 12)
        produced += script.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        harness.run(script)
    }
    printSummary()
case "replay":
    guard arguments.count > 3, let harness = Harnesses.named(arguments[2]) else {
        fail("usage: nns-fuzz replay \(Harnesses.names.joined(separator: "|")) FILE|DIRECTORY…")
    }
    for file in inputFiles(Array(arguments.dropFirst(3))) {
        guard let data = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)") }
        harness.run([UInt8](data))
    }
    printSummary()
default:
    guard let harness = Harnesses.named(mode) else {
        fail("usage: nns-fuzz \(Harnesses.names.joined(separator: "|")) [libFuzzer options] | generate | replay …")
    }
    #if FUZZING
    selectedHarness = harness
    atexit { printSummary() }
    arguments.remove(at: 1)
    exit(runLibFuzzer(arguments))
    #else
    fail("this nns-fuzz was built without libFuzzer; build it with scripts/fuzz.sh (or use generate / replay)")
    #endif
}
