/// # NeuralData — where examples come from
///
/// Owns the IDX file format (all element types, gzip or raw), MNIST and Fashion-MNIST
/// locations, download from mirrors with checksum verification, the book's train/validation
/// split, and labelled image sets stored compactly as `UInt8` pixels.
///
/// - ``IDXArray``: read, decode, encode and write IDX files (``IDXElementType``, ``IDXValues``).
/// - ``LabeledImages``: an image file paired with its label file; `count × rows × columns` bytes.
/// - ``StandardDataset``, ``DataLocator``, ``DatasetLoader``, ``DatasetPair``: `load mnist`,
///   `load fashion`, from local directories or downloaded (``Downloader``, ``Mirror``,
///   ``DownloadProgress``).
/// - ``DataError``: every failure, with a message naming the file, the problem and the remedy.
///
/// Must not know: networks, training, printing or the command language.
public enum NeuralDataModule {}
