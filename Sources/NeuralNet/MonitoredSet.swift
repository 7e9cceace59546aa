/// A named data set evaluated after every epoch (accuracy and cost), e.g. "validation" or "test".
public struct MonitoredSet: Sendable {
    /// The name shown in reports and error messages.
    public let name: String
    /// The samples; their `inputSize` and `classCount` must match the network.
    public let examples: LabeledExamples

    /// A monitored set called `name`.
    public init(name: String, examples: LabeledExamples) {
        self.name = name
        self.examples = examples
    }
}
