extension Duration {
    /// The duration in seconds (with its fraction), for times shown to the user.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
