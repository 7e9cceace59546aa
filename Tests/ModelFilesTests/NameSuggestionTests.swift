import Testing
@testable import ModelFiles

/// Did-you-mean hints for activation, cost and layer kind names.
@Suite struct NameSuggestionTests {
    private let activations = ["sigmoid", "tanh", "relu", "softmax"]
    private let costs = ["quadratic", "cross-entropy", "log-likelihood"]

    @Test func caseAndPunctuationAreIgnored() {
        #expect(closestName(to: "ReLU", in: activations) == "relu")
        #expect(closestName(to: "cross_entropy", in: costs) == "cross-entropy")
        #expect(closestName(to: "LogLikelihood", in: costs) == "log-likelihood")
    }

    @Test func typosWithinAThirdOfTheLengthAreForgiven() {
        #expect(closestName(to: "softmx", in: activations) == "softmax")
        #expect(closestName(to: "sigmod", in: activations) == "sigmoid")
        #expect(closestName(to: "quadradic", in: costs) == "quadratic")
    }

    @Test func commonSynonymsAreRecognised() {
        #expect(closestName(to: "MSE", in: costs) == "quadratic")
        #expect(closestName(to: "nll", in: costs) == "log-likelihood")
        #expect(closestName(to: "logistic", in: activations) == "sigmoid")
    }

    @Test func layerKindsAreRecognisedByTheirKerasAndPyTorchNames() {
        let kinds = ["fully-connected", "convolution", "max-pooling", "dropout"]
        #expect(closestName(to: "Dense", in: kinds) == "fully-connected")
        #expect(closestName(to: "Linear", in: kinds) == "fully-connected")
        #expect(closestName(to: "fully connected", in: kinds) == "fully-connected")
        #expect(closestName(to: "Conv2d", in: kinds) == "convolution")
        #expect(closestName(to: "MaxPooling2D", in: kinds) == "max-pooling")
        #expect(closestName(to: "dropot", in: kinds) == "dropout")
        #expect(closestName(to: "linear", in: activations + ["linear"]) == "linear", "an activation stays an activation")
    }

    @Test func unrelatedNamesGetNoSuggestion() {
        #expect(closestName(to: "hinge", in: costs) == nil)
        #expect(closestName(to: "swish", in: activations) == nil)
        #expect(closestName(to: "", in: activations) == nil)
    }
}
