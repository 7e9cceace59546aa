/// # ModelFiles — networks at rest
///
/// Owns the documented nns JSON model format (docs/model-format.md: layer sizes, activations,
/// cost, weights, biases, hyper-parameters, history, seed, version), atomic saving, validated
/// opening, and exports that numpy and PyTorch read directly (safetensors, npz).
///
/// Entry points: `ModelFile.save(_:to:)` and `ModelFile.open(_:)` for `ModelDocument`s,
/// `ModelExport.write(_:to:format:)` (or the `safetensors`/`npz` byte builders) for exports.
/// Every failure is a `ModelFileError` (`PATH: problem`) with a `ModelFileProblem`.
///
/// Must not know: the command language, the terminal, or how networks are trained.
public enum ModelFilesModule {}
