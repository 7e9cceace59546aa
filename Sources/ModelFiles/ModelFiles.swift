/// # ModelFiles — networks at rest
///
/// Owns the documented nns JSON model format (layer sizes, activations, cost, weights, biases,
/// hyper-parameters, history, seed, version), atomic saving, validated opening, and exports
/// that numpy and PyTorch read directly (safetensors, npz).
///
/// Must not know: the command language, the terminal, or how networks are trained.
public enum ModelFilesModule {}
