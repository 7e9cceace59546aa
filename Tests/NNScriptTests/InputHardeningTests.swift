import Foundation
import Glibc
import Testing
import TestSupport
@testable import NNScript

/// The classes of bad input from the hardening issue, each a clear error at its place that keeps
/// the session: empty lists, numbers out of range, paths that name nothing or not a file,
/// invisible characters, text that is not UTF-8, and quadratic binding.
@Suite struct InputHardeningTests {
    @Test func emptyListsForListArgumentsAreRefusedWhereverTheyComeFrom() {
        for (input, column) in [("net []", 5), ("net sizes=[]", 11), ("let s = []; net $s", 17)] {
            let session = InterpreterHarness()
            #expect(session.run(input) == .failure, "\(input)")
            #expect(session.errors.hasPrefix("1:\(column): expected at least one entry (whole numbers like [784, 30, 10]) "
                                             + "for 'sizes', got '[]' — an empty list names nothing"), "\(input)")
        }
        #expect(Binding.error("sgd monitor=[]").contains("expected at least one entry (one of train, validation, test, none) for 'monitor'"))
        let fine = InterpreterHarness()
        #expect(fine.run("echo []; let s = []; for x in $s { echo $x }") == .success)
        #expect(fine.output == "[]\n")
    }

    @Test func numbersTooLargeOrTooSmallSaySo() {
        #expect(Binding.error("echo 1e309").hasPrefix("parse: 1:6: '1e309' is too large: numbers range from -1.8e308 to 1.8e308"))
        #expect(Binding.error("sgd eta=1e-50").hasPrefix("1:9: 'eta' cannot be 1e-50: it is too small for a 32-bit float"))
        #expect(Binding.error("sgd eta=1e39").hasPrefix("1:9: 'eta' cannot be 1e39: nns computes in 32-bit floats, which reach ±3.4e38"))
        #expect(Binding.error("sgd lambda=1e-60").contains("'lambda' cannot be 1e-60"))
        #expect(Binding.error("sgd epochs=1e20").hasPrefix("1:12: 'epochs' cannot be 1e20: whole numbers go up to 9223372036854775807"))
        #expect(Binding.error("sgd epochs=10.5").contains("expected a whole number for 'epochs', got '10.5'"))
    }

    @Test func seedsTakeEveryUnsignedSixtyFourBitNumber() throws {
        #expect(try Binding.bind("seed 9e15").unsigned("n") == 9_000_000_000_000_000)
        #expect(try Binding.bind("seed 18446744073709551615").unsigned("n") == .max)
        #expect(Binding.error("seed 18446744073709551616").hasPrefix(
            "1:6: 'n' cannot be 18446744073709551616: it takes whole numbers from 0 to 18446744073709551615"))
        #expect(Binding.error("seed -1").hasPrefix("1:6: 'n' must be at least 0, got -1"))
        let session = InterpreterHarness()
        #expect(session.run("seed 18446744073709551615; seed") == .success)
        #expect(session.output == "seed 18446744073709551615\n")
    }

    @Test func emptyPathsAreNamedAsEmpty() {
        for command in ["open \"\"", "save \"\"", "run ''", "export \"\"", "load idx images=\"\" labels=x"] {
            #expect(Binding.error(command).contains("expected a file path for "), "\(command)")
            #expect(Binding.error(command).contains("— the path is empty"), "\(command)")
        }
    }

    @Test func filesThatAreNotRegularFilesAreNamedByKind() throws {
        let session = InterpreterHarness(SessionOptions(keepGoing: true))
        session.run("run /dev/null; open /dev/zero; load idx images=/dev/null labels=/dev/null")
        #expect(session.errors.contains("cannot read script '/dev/null': it is a character device, not a regular file"))
        #expect(session.errors.contains("/dev/zero: cannot be read: it is a character device, not a regular file"))
        #expect(session.errors.contains("cannot read '/dev/null': it is a character device, not a regular file"))
        #expect(!session.errors.contains("permission denied"))
        let scratch = try ScratchDirectory()
        #expect(mkfifo(scratch.path + "/pipe", 0o600) == 0)
        let fifo = InterpreterHarness(SessionOptions(keepGoing: true, currentDirectory: scratch.path))
        let started = Date()
        fifo.run("net 4 3 2; run pipe; open pipe; save pipe; show test[0] to=pipe")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(fifo.errors.contains("cannot read script 'pipe': it is a FIFO (named pipe), not a regular file"))
        #expect(fifo.errors.contains("pipe: cannot be written: it is a FIFO (named pipe), not a regular file"))
    }

    @Test func aSavePathEndingInASlashNamesADirectory() throws {
        let scratch = try ScratchDirectory()
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("net 4 3 2; save m.json/") == .failure)
        #expect(session.errors.contains("m.json/: cannot be written: the path ends with '/', so it names a directory"))
        #expect(!session.errors.contains("Not a directory"))
    }

    @Test func invisibleCharactersAreEscapedInErrorsAndTheCaretStillLinesUp() {
        let session = InterpreterHarness()
        session.run("net 784 30 10 act=\"relu\u{200B}\"")
        #expect(session.errors == """
            1:19: expected one of sigmoid, tanh, relu, linear for 'act', got "relu<U+200B>" — did you mean 'relu'?
              net 784 30 10 act="relu<U+200B>"
                                ^~~~~~~~~~~~~~
            
            """)
        let nul = InterpreterHarness()
        nul.run("echo a\u{0}b")
        #expect(nul.errors.hasPrefix("1:7: unexpected character '<U+0000>'"))
        #expect(!nul.errors.contains("\u{0}"))
    }

    @Test func textThatIsNotUTF8IsAnErrorAtItsPlaceForRunAsForTheCommandLine() throws {
        let scratch = try ScratchDirectory()
        try Data(Array("echo fine\necho \u{e9}t\u{e9} ".utf8) + [0xff, 0x0a]).write(to: URL(fileURLWithPath: scratch.path + "/bad.nns"))
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("run bad.nns") == .failure)
        #expect(session.errors.hasPrefix("bad.nns:2:10: invalid UTF-8 (byte 0xFF): nns scripts are UTF-8 text"))
        #expect(session.output.isEmpty)
        #expect(throws: Diagnostic.self) { try UTF8Source.text(of: [0xC0, 0x80], file: nil) }  // overlong
        #expect(throws: Diagnostic.self) { try UTF8Source.text(of: [0xED, 0xA0, 0x80], file: nil) }  // surrogate
        #expect(try UTF8Source.text(of: [0xEF, 0xBB, 0xBF] + Array("echo".utf8), file: nil) == "echo")
    }

    @Test func anEmptySetSaysItHasNoImages() {
        #expect(CommandError.imageIndexOutOfRange(set: .test, index: 0, count: 0).description
                == "test[0] does not exist: the test set has no images")
        #expect(CommandError.imageIndexOutOfRange(set: .test, index: 3, count: 1).description
                == "test[3] does not exist: test has 1 image, index 0 (or -1 from the end)")
    }

    @Test func oneHundredThousandValuesBindAsOneList() throws {
        let text = "net " + Array(repeating: "1", count: 100_000).joined(separator: " ")
        let sizes = try Binding.bind(text).integers("sizes")
        #expect(sizes?.count == 100_000)
        let echo = try Binding.bind("echo " + Array(repeating: "x", count: 100_000).joined(separator: " "))
        #expect(echo.strings("text")?.count == 100_000)
    }
}

extension InputHardeningTests {
    /// Found by the IDX fuzzer (Fuzz/Regressions/idx/timeout-neuron-png-of-3072x194-weights): a
    /// set of 3072×194 images made `weights layer=1 neuron=0 to=` draw a 30720×1940 PNG at 10
    /// pixels per weight, compressing for over ten seconds. Large maps now get smaller squares.
    @Test func picturesOfLargeImagesAndMapsStayAboutTwoHundredEightyPixelsAcross() throws {
        let scratch = try ScratchDirectory()
        var images: [UInt8] = [0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0x0c, 0, 0, 0, 0, 0xc2]
        images += [UInt8](repeating: 200, count: 3072 * 194)
        try Data(images).write(to: URL(fileURLWithPath: scratch.path + "/images"))
        try Data([0, 0, 8, 1, 0, 0, 0, 1, 0]).write(to: URL(fileURLWithPath: scratch.path + "/labels"))
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("load idx images=images labels=labels; net 595968 2 1; "
                            + "weights layer=1 neuron=0 to=n.png; show train[0] to=i.png") == .success)
        #expect(session.output.contains("wrote n.png: "))
        #expect(session.output.contains("194×3072 pixels"))
        #expect(session.output.contains("wrote i.png: train[0]: label 0, 194×3072 pixels"))
    }
}
