/// A colour as three 8-bit sRGB components (0 = none of that primary, 255 = full).
public struct RGB: Sendable, Hashable {
    /// Red component, 0…255.
    public var red: UInt8
    /// Green component, 0…255.
    public var green: UInt8
    /// Blue component, 0…255.
    public var blue: UInt8

    /// A colour from its three components, each 0…255.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The grey with all three components equal to `level` (0 = black, 255 = white).
    public static func grey(_ level: UInt8) -> RGB { RGB(level, level, level) }

    /// The grey for a brightness in [0, 1] (clamped; NaN is black): `round(value · 255)`.
    public static func grey(brightness value: Float) -> RGB { grey(Self.byte(fromUnit: value)) }

    /// Pure black, (0, 0, 0).
    public static let black = RGB(0, 0, 0)
    /// Pure white, (255, 255, 255).
    public static let white = RGB(255, 255, 255)

    /// The straight-line mix of `self` and `other`: fraction 0 gives `self`, 1 gives `other`
    /// (clamped to [0, 1]); each component is rounded to the nearest integer.
    public func mixed(with other: RGB, fraction: Double) -> RGB {
        let t = fraction.isNaN ? 0 : min(1, max(0, fraction))
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return RGB(mix(red, other.red), mix(green, other.green), mix(blue, other.blue))
    }

    /// The byte for a value in [0, 1]: `round(value · 255)`, clamped; NaN maps to 0.
    static func byte(fromUnit value: Float) -> UInt8 {
        guard value.isFinite else { return value == .infinity ? 255 : 0 }
        return UInt8((min(1, max(0, value)) * 255).rounded())
    }
}
