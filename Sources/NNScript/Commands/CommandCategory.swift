/// The groups in which `help` lists commands, in display order.
public enum CommandCategory: String, Sendable, Hashable, CaseIterable {
    /// Loading data sets.
    case data
    /// Building networks.
    case network
    /// Training and evaluating.
    case training
    /// Looking inside the network and at the data.
    case inspection
    /// Saving, opening and exporting models.
    case files
    /// Session housekeeping: info, variables, scripts, help, quit.
    case session
    /// Language constructs: let, for, time.
    case language

    /// The heading used by `help`.
    public var title: String {
        switch self {
        case .data: return "Data"
        case .network: return "Building a network"
        case .training: return "Training and evaluation"
        case .inspection: return "Looking inside"
        case .files: return "Model files"
        case .session: return "Session"
        case .language: return "Language"
        }
    }
}
