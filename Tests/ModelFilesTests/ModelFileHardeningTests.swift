import Foundation
import Glibc
import Testing
@testable import ModelFiles

/// Files built to hurt: sizes whose parameter count overflows or would need terabytes, files
/// that are not regular files, and histories no run could have produced. Each is refused with a
/// message naming the file and the field, before any arithmetic or allocation the file asks for.
extension ModelFileOpenErrorTests {
    @Test func sizesWhoseParameterCountOverflowsAreRefusedBeforeAnyArithmetic() throws {
        #expect(try message(opening: try editedVersion1("\"sizes\": [3, 2, 2]", "\"sizes\": [4611686018427387904, 2, 2]"))
            == "FILE: sizes is [4611686018427387904, 2, 2]: a network of these sizes has more than 100,000,000 "
            + "weights and biases, the most nns handles")
        #expect(try message(opening: try editedVersion1("\"sizes\": [3, 2, 2]", "\"sizes\": [9223372036854775807, 9223372036854775807]"))
            .hasPrefix("FILE: sizes is [9223372036854775807, 9223372036854775807]: a network of these sizes has more than"))
    }

    @Test func sizesTheFileCannotHoldAreRefusedBeforeAllocating() throws {
        // 10⁶ × 50 = 50,000,050 parameters: under the cap, but a 1 KB file cannot hold them.
        let text = try editedVersion1("\"sizes\": [3, 2, 2]", "\"sizes\": [1000000, 50]")
        let message = try message(opening: text)
        #expect(message.hasPrefix("FILE: sizes is [1000000, 50], which needs 50,000,050 weights and biases, but the whole file has only "))
        #expect(message.hasSuffix(" bytes (each parameter takes at least 2): the sizes do not match the parameters"))
    }

    @Test func devZeroAndAFIFOAreRefusedWithoutReading() throws {
        let zero = #expect(throws: ModelFileError.self) { try ModelFile.open("/dev/zero") }
        #expect(zero?.description == "/dev/zero: cannot be read: it is a character device, not a regular file")
        try Fixtures.withTemporaryDirectory { directory in
            let fifo = directory.appendingPathComponent("model.json").path
            #expect(mkfifo(fifo, 0o600) == 0)
            let started = Date()
            let error = #expect(throws: ModelFileError.self) { try ModelFile.open(fifo) }
            #expect(error?.problem == .unreadable(reason: "it is a FIFO (named pipe), not a regular file"))
            #expect(Date().timeIntervalSince(started) < 5)
        }
    }

    @Test func anEmptyPathIsNotFound() {
        let error = #expect(throws: ModelFileError.self) { try ModelFile.open("") }
        #expect(error?.problem == .fileNotFound)
    }

    @Test func anUnknownEndingIsRefused() throws {
        #expect(try message(opening: try edited("\"ending\": \"stopped early\"", "\"ending\": \"x\""))
            == "FILE: history[0].ending is \"x\", not one of \"completed\", \"stopped early\", \"schedule finished\", \"cancelled\", \"diverged\"")
    }

    @Test func impossibleCountsAreRefused() throws {
        #expect(try message(opening: try edited("\"correct\": 9012", "\"correct\": 10001"))
            == "FILE: history[0].epochRecords[0].results[0].correct is 10001, more than the 10000 images evaluated (total)")
        #expect(try message(opening: try edited("\"correct\": 9012", "\"correct\": -3"))
            == "FILE: history[0].epochRecords[0].results[0].correct is -3; a count is not negative")
        #expect(try message(opening: try edited("\"total\": 10000, \"cost\": 0.4375", "\"total\": -1, \"cost\": 0.4375"))
            == "FILE: history[0].epochRecords[0].results[0].total is -1; a count is not negative")
        #expect(try message(opening: try edited("\"trainingCount\": 50000", "\"trainingCount\": 0"))
            == "FILE: history[0].trainingCount is 0; training needs at least one image")
        #expect(try message(opening: try edited("\"miniBatchSize\": 10", "\"miniBatchSize\": 0"))
            == "FILE: history[0].miniBatchSize is 0; m is at least 1")
    }

    @Test func impossibleHyperParametersAndTimesAreRefused() throws {
        #expect(try message(opening: try edited("\"learningRate\": 0.1", "\"learningRate\": -0.1"))
            == "FILE: history[0].learningRate is -0.1; η is a finite number > 0")
        #expect(try message(opening: try edited("\"lambda\": 5.0", "\"lambda\": \"Infinity\""))
            == "FILE: history[0].lambda is inf; λ is a finite number ≥ 0")
        #expect(try message(opening: try edited("\"seconds\": 1.25", "\"seconds\": \"-Infinity\""))
            == "FILE: history[0].epochRecords[0].seconds is -inf; a duration is a finite number ≥ 0")
        #expect(try message(opening: try edited("\"cost\": 0.4375", "\"cost\": -1.0"))
            == "FILE: history[0].epochRecords[0].results[0].cost is -1.0; a cost is never negative")
    }

    @Test func epochsMustBeNumberedUpwardsWithinTheRun() throws {
        #expect(try message(opening: try edited("\"epoch\": 1,", "\"epoch\": 0,"))
            == "FILE: history[0].epochRecords[1].epoch is 0; epochs are numbered upwards from 0")
        #expect(try message(opening: try edited("\"epoch\": 1,", "\"epoch\": 3,"))
            == "FILE: history[0].epochRecords[1].epoch is 3, but the run had epochs 0 to 2 (epochs = 3)")
        #expect(try message(opening: try edited("\"epochs\": 3,", "\"epochs\": 1,"))
            == "FILE: history[0].epochRecords has 2 epochs, expected at most 1 epoch: the run asked for epochs = 1")
    }
}
