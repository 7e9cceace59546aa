/// # NeuralNet — the mathematics of nns
///
/// Owns Float32 row-major matrices (one sample per row), fully connected feed-forward networks,
/// activations, costs, weight initialisers, backpropagation, mini-batch stochastic gradient
/// descent (with progress events and cooperative cancellation), evaluation, and the one seedable
/// random generator every random choice flows from. Matrix products go through CBLAS.
///
/// Must not know: files, terminals, printing, data-set formats, the command language. It never
/// prints and never performs I/O; callers observe training through `TrainingEvent`s.
public enum NeuralNetModule {}
