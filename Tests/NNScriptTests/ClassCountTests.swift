import Foundation
import Testing
import TestSupport
@testable import NNScript

/// The number of classes belongs to each set: a validation file with a label 10 does not give
/// the test set 11 classes, and a network with outputs for all of them fits each.
@Suite struct ClassCountTests {
    @Test func aLabelTenInValidationLeavesTheOtherSetsTheirTen() throws {
        let scratch = try ScratchDirectory()
        var labels: [UInt8] = [0, 0, 8, 1, 0, 0, 0, 20]
        labels += [10] + (0..<19).map { UInt8($0 % 10) }
        let images: [UInt8] = [0, 0, 8, 3, 0, 0, 0, 20, 0, 0, 0, 28, 0, 0, 0, 28] + [UInt8](repeating: 9, count: 20 * 784)
        try Data(labels).write(to: URL(fileURLWithPath: scratch.path + "/labels"))
        try Data(images).write(to: URL(fileURLWithPath: scratch.path + "/images"))

        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        session.run(TestData.loadTrain(limit: 100) + "; " + TestData.loadTest(limit: 100))
        session.sink.clear()
        #expect(session.run("load idx images=images labels=labels as=validation") == .success)
        #expect(session.output == "validation 20 images of 28×28 pixels, 11 classes\n")
        #expect(session.interpreter.session.dataSet(.test)?.images.classCount == 10)
        #expect(session.interpreter.session.dataSet(.train)?.images.classCount == 10)

        session.sink.clear()
        #expect(session.run("info") == .success)
        #expect(session.output.contains("classes: train 10, validation 11, test 10"))
        #expect(session.run("net 784 30 10") == .failure)
        #expect(session.errors.contains("the network has 10 output neurons but the validation set has 11 classes"))
        session.sink.clear()
        #expect(session.run("net 784 30 11; sgd epochs=1 monitor=test; eval test; eval validation") == .success)
        #expect(session.errors.isEmpty)
        #expect(!session.output.contains("11 classes"))
    }

    @Test func aNetworkWithTooFewOutputsIsToldTheSetsOwnCount() throws {
        let session = InterpreterHarness()
        session.run(TestData.loadTest(limit: 5))  // labels 7 2 1 0 4: 8 classes
        #expect(session.run("net 784 10 7") == .failure)
        #expect(session.errors.contains("the network has 7 output neurons but the test set has 8 classes"))
    }
}
