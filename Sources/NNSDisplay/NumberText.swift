import Foundation

/// Locale-independent number formatting shared by the renderers (golden tests depend on it:
/// always `.` for decimals and `,` for thousands, whatever the user's locale).
public enum NumberText {
    /// `value` with exactly `decimals` digits after the point (`fixed(0.93, 2)` = "0.93");
    /// "nan", "inf", "-inf" for non-finite values.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let text = String(format: "%.\(max(0, decimals))f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// An integer with thousands separators: 41230 → "41,230", -1234567 → "-1,234,567".
    public static func thousands(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A short form with three significant digits, like C's `%.3g`: 0.4213 → "0.421",
    /// 12345 → "1.23e+04", 2 → "2".
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        return String(format: "%.3g", value)
    }

    /// A duration as `m:ss` below an hour and `h:mm:ss` above, rounded to whole seconds:
    /// 12 → "0:12", 754 → "12:34", 3725 → "1:02:05". Negative or non-finite gives "--:--".
    public static func duration(seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return "--:--" }
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0
            ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))"
            : "\(minutes):\(twoDigits(secs))"
    }

    /// The number of decimals that tells apart values `step` apart: 1 → 0, 0.25 → 2, 0.1 → 1.
    public static func decimals(forStep step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        for decimals in 0...8 {
            let scaled = step * pow(10, Double(decimals))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return decimals }
        }
        return 8
    }

    private static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf")
    }
}
