/// The shape of the values one sample has at some point of a network: `height × width × channels`
/// (an image with its channels, or a stack of feature maps), or a flat vector of `channels`
/// values with `height == width == 1`.
///
/// In a batch, one sample is one row of `count` Floats stored channels last (HWC): value
/// (y, x, c) is at `(y * width + x) * channels + c`. A flat layer that follows a spatial one
/// reads that row as its input vector, as network3.py's `reshape` does (only the order differs
/// from PyTorch's CHW flattening; `ModelExport` converts).
///
/// Invariant: all three dimensions are at least 1.
public struct TensorShape: Hashable, Sendable, CustomStringConvertible {
    /// Rows of each map (1 for a flat vector).
    public let height: Int
    /// Columns of each map (1 for a flat vector).
    public let width: Int
    /// Maps per sample (for a flat vector: its length).
    public let channels: Int

    /// A `height × width × channels` shape.
    /// - Precondition: every dimension ≥ 1 (check user input with `TensorShape.checked`).
    public init(height: Int, width: Int, channels: Int = 1) {
        precondition(height >= 1 && width >= 1 && channels >= 1, "TensorShape dimensions must be positive")
        self.height = height
        self.width = width
        self.channels = channels
    }

    /// A flat vector of `count` values (1 × 1 × count).
    public static func vector(_ count: Int) -> TensorShape { TensorShape(height: 1, width: 1, channels: count) }

    /// The shape, or nil when a dimension is below 1 or the value count would exceed `limit`.
    public static func checked(height: Int, width: Int, channels: Int, limit: Int = Int(Int32.max)) -> TensorShape? {
        guard height >= 1, width >= 1, channels >= 1 else { return nil }
        let (area, o1) = height.multipliedReportingOverflow(by: width)
        let (count, o2) = area.multipliedReportingOverflow(by: channels)
        guard !o1, !o2, count <= limit else { return nil }
        return TensorShape(height: height, width: width, channels: channels)
    }

    /// Values per sample: height · width · channels.
    public var count: Int { height * width * channels }

    /// True for a flat vector (1 × 1 × n).
    public var isFlat: Bool { height == 1 && width == 1 }

    /// `28×28×1`, `12×12×20`, or `100` for a flat vector.
    public var description: String { text(times: "×") }

    /// As `description` with `times` between the dimensions (`x` where Unicode is off).
    public func text(times: String) -> String {
        isFlat ? String(channels) : "\(height)\(times)\(width)\(times)\(channels)"
    }
}
