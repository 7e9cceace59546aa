import Foundation
import NeuralNet

/// Everything an nns model file holds: the network with its parameters, how it was trained
/// (`history`), the session seed, and which nns and format version wrote it.
///
/// The file layout is documented in docs/model-format.md. `ModelFile.save` writes a document
/// and `ModelFile.open` reads one back equal to it (`==`), weights bit for bit.
public struct ModelDocument: Sendable, Equatable {
    /// The format version `save` writes: 2, a list of layers of any kind.
    public static let currentFormatVersion = 2
    /// The format versions this nns can open: 1 (fully connected networks, `sizes` and
    /// `weights`) and 2 (`layers` and `parameters`).
    public static let supportedFormatVersions = 1...currentFormatVersion

    /// The network: its layers (any kind) with their parameters, and its cost.
    public var network: Network
    /// The `sgd` runs that trained this network, oldest first (empty for an untrained network).
    public var history: [TrainingRecord]
    /// The session seed the network was initialised (and its mini-batches shuffled) with, if known.
    public var seed: UInt64?
    /// The nns version that wrote the file, e.g. "0.1.0" (free text; shown, never interpreted).
    public var nnsVersion: String
    /// The format version of the file the document was read from (`currentFormatVersion` for
    /// new documents). `save` always writes `currentFormatVersion`: a version 1 file saved again
    /// becomes a version 2 file.
    public var formatVersion: Int
    /// Seconds since 1970-01-01T00:00:00Z, whole: the file stores the time to the second.
    private var createdSeconds: Int64?

    /// When the document was saved, to the whole second (UTC in the file). Setting a date with
    /// a fraction of a second keeps only the whole second before it, as the file would (a date
    /// too far out for 64-bit seconds becomes nil).
    public var created: Date? {
        get { createdSeconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }
        set { createdSeconds = newValue.flatMap { Int64(exactly: $0.timeIntervalSince1970.rounded(.down)) } }
    }

    /// A document for `network`; `created` is kept to the whole second.
    public init(network: Network, history: [TrainingRecord] = [], seed: UInt64? = nil, nnsVersion: String,
                created: Date? = nil, formatVersion: Int = ModelDocument.currentFormatVersion) {
        self.network = network
        self.history = history
        self.seed = seed
        self.nnsVersion = nnsVersion
        self.formatVersion = formatVersion
        self.created = created
    }
}
