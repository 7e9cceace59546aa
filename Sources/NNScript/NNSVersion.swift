/// The version of this build of nns: what `nns --version` prints and what `save` writes into
/// a model file's `nnsVersion` field (shown when the file is opened, never interpreted).
public enum NNSVersion {
    /// Semantic version of this build of nns, e.g. "0.1.0".
    public static let current = "0.1.0"
}
