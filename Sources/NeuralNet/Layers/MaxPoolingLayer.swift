/// A max-pooling layer — the pooling half of network3.py's `ConvPoolLayer`: each map is cut into
/// p × p blocks and each block gives its largest value,
///
///     a_{y,x,c} = max_{dy,dx < p} x_{p·y+dy, p·x+dx, c}
///
/// Shapes: input H × W × C, output ⌊H/p⌋ × ⌊W/p⌋ × C (rows and columns beyond a whole block are
/// left out, as network3's `ignore_border=True`). No parameters; in backpropagation the error
/// of each output goes to the input that was the largest (the first one, on ties).
public struct MaxPoolingLayer: Layer, Equatable {
    public let inputShape: TensorShape
    /// p: blocks are p × p.
    public let poolSize: Int

    /// A layer pooling `inputShape`'s maps in blocks of `poolSize` × `poolSize` (checked by `validate`).
    public init(inputShape: TensorShape, poolSize: Int) {
        self.inputShape = inputShape
        self.poolSize = poolSize
    }

    /// Whether p×p blocks fit in the maps of `input` (1 ≤ p ≤ height, width).
    public static func poolFits(_ poolSize: Int, _ input: TensorShape) -> Bool {
        poolSize >= 1 && poolSize <= input.height && poolSize <= input.width
    }

    public var outputShape: TensorShape {
        let p = max(1, poolSize)
        return TensorShape(height: max(1, inputShape.height / p), width: max(1, inputShape.width / p),
                           channels: inputShape.channels)
    }
    public var activation: Activation { .linear }
    public var parameterCount: Int { 0 }
    public var kindName: String { "max-pooling" }
    public var detail: String { "\(poolSize)×\(poolSize)" }

    public func validate(position: Int) throws(NetworkError) {
        guard Self.poolFits(poolSize, inputShape) else {
            throw .poolDoesNotFit(layer: position, poolSize: poolSize, input: inputShape)
        }
    }
}
