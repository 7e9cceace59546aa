import Foundation

/// Measures a statement for `time`: wall-clock time and the process's user and system CPU time,
/// reported like IPython's `%time`.
struct Stopwatch {
    private let clock = ContinuousClock()
    private let wallStart: ContinuousClock.Instant
    private let cpuStart: (user: Double, system: Double)

    /// Starts measuring now.
    init() {
        wallStart = clock.now
        cpuStart = Self.cpuTimes()
    }

    /// Seconds of wall-clock time since the start.
    var elapsed: Double { (clock.now - wallStart).inSeconds }

    /// Two lines, as IPython prints them:
    /// `CPU times: user 1.21 s, sys: 12.3 ms, total: 1.22 s` and `Wall time: 1.23 s`.
    func report() -> String {
        let wall = elapsed
        let cpu = Self.cpuTimes()
        let user = max(0, cpu.user - cpuStart.user), system = max(0, cpu.system - cpuStart.system)
        return "CPU times: user \(Self.format(user)), sys: \(Self.format(system)), total: \(Self.format(user + system))\n"
            + "Wall time: \(Self.format(wall))"
    }

    /// A duration with three significant digits in s, ms, µs or ns (`1.23 s`, `45.6 ms`), or in
    /// hours, minutes and seconds from a minute on (`2min 5s`), as IPython formats times.
    static func format(_ seconds: Double) -> String {
        if seconds >= 60 {
            var rest = Int(seconds.rounded())
            var parts: [String] = []
            for (unit, size) in [("d", 86_400), ("h", 3_600), ("min", 60), ("s", 1)] where rest >= size || unit == "s" {
                parts.append("\(rest / size)\(unit)")
                rest %= size
            }
            return parts.joined(separator: " ")
        }
        let units: [(String, Double)] = [("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)]
        let (name, size) = units.first { seconds >= $0.1 } ?? units[units.count - 1]
        return "\(significant(seconds / size, digits: 3)) \(name)"
    }

    /// `value` with `digits` significant digits and no trailing zeros after the point (`1.5`, `123`).
    static func significant(_ value: Double, digits: Int) -> String {
        guard value > 0, value.isFinite else { return "0" }
        let magnitude = Int(Foundation.floor(Foundation.log10(value))) + 1
        let decimals = max(0, digits - magnitude)
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// User and system CPU seconds used by the process so far.
    private static func cpuTimes() -> (user: Double, system: Double) {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return (0, 0) }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }
}
