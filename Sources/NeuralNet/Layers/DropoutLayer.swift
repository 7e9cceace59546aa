/// A dropout layer (chapter 3; network3.py's `p_dropout`), as inverted dropout: while training,
/// each value is kept with probability 1 − p and scaled up,
///
///     a_j = m_j · x_j / (1 − p),   m_j ~ Bernoulli(1 − p), a new mask for every sample of every mini-batch
///
/// and when evaluating it passes its input through unchanged (a = x): the scaling during
/// training is what network3 does at evaluation time with its (1 − p)·w. The masks are drawn
/// from the training run's `SeededGenerator`, so runs stay reproducible.
///
/// Shapes: output = input, any shape. No parameters. `rate` is p, in [0, 1).
public struct DropoutLayer: Layer, Equatable {
    public let inputShape: TensorShape
    /// p, the probability that a value is dropped while training.
    public let rate: Float

    /// A layer dropping each of `inputShape.count` values with probability `rate` (checked by `validate`).
    public init(inputShape: TensorShape, rate: Float) {
        self.inputShape = inputShape
        self.rate = rate
    }

    public var outputShape: TensorShape { inputShape }
    public var activation: Activation { .linear }
    public var parameterCount: Int { 0 }
    public var kindName: String { "dropout" }
    public var detail: String { "p = \(rate)" }

    public func validate(position: Int) throws(NetworkError) {
        guard rate >= 0, rate < 1 else { throw .invalidDropoutRate(layer: position, rate: rate) }
    }
}
