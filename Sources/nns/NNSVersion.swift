/// The version `nns --version` prints.
enum NNSVersion {
    /// Semantic version of this build of nns.
    static let current = "0.1.0"
}
