/// The valid values of a numeric argument (for lists: of each entry).
public enum ArgumentRange: Sendable, Hashable {
    /// `value ≥ bound`, e.g. `m` at least 1.
    case atLeast(Double)
    /// `value > 0`, e.g. the learning rate η.
    case positive
    /// `value ≤ bound`.
    case atMost(Double)
    /// `low ≤ value ≤ high`.
    case between(Double, Double)
    /// `low ≤ value < high`, e.g. a dropout probability or momentum in [0, 1).
    case fromBelow(Double, Double)

    /// True when `value` lies in the range.
    public func contains(_ value: Double) -> Bool {
        switch self {
        case .atLeast(let bound): return value >= bound
        case .positive: return value > 0
        case .atMost(let bound): return value <= bound
        case .between(let low, let high): return low <= value && value <= high
        case .fromBelow(let low, let high): return low <= value && value < high
        }
    }

    /// The range as a noun phrase for help: "at least 1", "positive", "0 to 1".
    public var summary: String {
        switch self {
        case .atLeast(let bound): return "at least \(ArgumentRange.format(bound))"
        case .positive: return "positive"
        case .atMost(let bound): return "at most \(ArgumentRange.format(bound))"
        case .between(let low, let high): return "\(ArgumentRange.format(low)) to \(ArgumentRange.format(high))"
        case .fromBelow(let low, let high): return "at least \(ArgumentRange.format(low)) and below \(ArgumentRange.format(high))"
        }
    }

    /// The requirement as a verb phrase for errors: "be at least 1", "be positive",
    /// "be between 0 and 1".
    public var requirement: String {
        switch self {
        case .between(let low, let high): return "be between \(ArgumentRange.format(low)) and \(ArgumentRange.format(high))"
        default: return "be \(summary)"
        }
    }

    /// `1.0` → `1`, `0.5` → `0.5`.
    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
