/// Ties an argument to the value of another: `images=` applies only when `load`'s source is
/// `idx`, and is then required.
public struct ArgumentCondition: Sendable, Hashable {
    /// The argument whose value decides (e.g. `source`).
    public var argument: String
    /// The value it must have (e.g. `idx`).
    public var value: String
    /// True when the conditioned argument must be given once the condition holds.
    public var isRequiredThen: Bool
    /// How the condition reads in messages and help: the value for a positional argument
    /// (`idx`), else what the user writes (`eta-schedule=halve`, or a flag's name).
    public var written: String

    /// The conditioned argument applies only when `argument` is `value`; `required` makes it
    /// mandatory then; `written` is how the condition is written (default: `value`).
    public init(when argument: String, is value: String, required: Bool = false, written: String? = nil) {
        self.argument = argument
        self.value = value
        self.isRequiredThen = required
        self.written = written ?? value
    }
}
