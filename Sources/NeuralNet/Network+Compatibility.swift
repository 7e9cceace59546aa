extension Network {
    /// Throws unless `examples` fits this network: `inputSize == sizes[0]`, `classCount ==
    /// sizes.last`, and (when `checkLabels`) every label below `classCount`. `name` names the set
    /// in the message. Call it before `evaluate`/`predictions`/`outputs`, whose preconditions it covers.
    public func checkCompatibility(with examples: LabeledExamples, name: String,
                                   checkLabels: Bool = true) throws(TrainingError) {
        guard examples.inputSize == sizes[0] else {
            throw .inputSizeMismatch(set: name, inputSize: examples.inputSize, networkInputs: sizes[0])
        }
        guard examples.classCount == sizes[sizes.count - 1] else {
            throw .classCountMismatch(set: name, classCount: examples.classCount, networkOutputs: sizes[sizes.count - 1])
        }
        if checkLabels, let (index, label) = examples.firstInvalidLabel() {
            throw .labelOutOfRange(set: name, index: index, label: label, classCount: examples.classCount)
        }
    }
}
