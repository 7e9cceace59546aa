/// # NeuralData — where examples come from
///
/// Owns the IDX file format (all element types, gzip or raw), MNIST and Fashion-MNIST
/// locations, download from mirrors with checksum verification, the book's train/validation
/// split, and labelled image sets stored compactly as `UInt8` pixels.
///
/// Must not know: networks, training, printing or the command language. Errors are typed
/// values whose messages name the file and the problem.
public enum NeuralDataModule {}
