import Glibc
import Synchronization

/// Bit i set: slot i holds a registered path.
private let registeredSlots = Atomic<UInt64>(0)
/// Bit i set: slot i is taken by a writer (possibly still copying its path in).
private let claimedSlots = Atomic<UInt64>(0)
/// `TemporaryFiles.slotCount` NUL-terminated paths of `TemporaryFiles.pathCapacity` bytes each.
nonisolated(unsafe) private let slotStorage: UnsafeMutablePointer<CChar> = {
    let storage = UnsafeMutablePointer<CChar>.allocate(capacity: TemporaryFiles.slotCount * TemporaryFiles.pathCapacity)
    storage.initialize(repeating: 0, count: TemporaryFiles.slotCount * TemporaryFiles.pathCapacity)
    return storage
}()

/// The temporary files that writes in progress have created, so that a process stopped by a
/// fatal signal can remove them first: `removeAll()` is async-signal-safe (atomic loads and
/// `unlink` on paths stored in memory allocated beforehand).
///
/// `AtomicWriter` registers its temporary sibling for as long as it has a name; the downloader
/// registers its partial files. Up to `slotCount` files at once; a write beyond that still works
/// but its temporary is not removed by a signal (the next save of the same target cleans it).
public enum TemporaryFiles {
    /// How many temporary files can be registered at once.
    public static let slotCount = 64
    /// Bytes per stored path, terminating NUL included.
    static let pathCapacity = Int(PATH_MAX) + 1

    /// A registered temporary file; pass it to `unregister` once the file is renamed or removed.
    public struct Registration: Sendable {
        fileprivate let slot: Int
    }

    /// Creates the storage now rather than lazily, so that a signal handler calling `removeAll()`
    /// never runs an initialiser. Call it once at start-up before installing such a handler.
    public static func prepare() {
        _ = slotStorage
        _ = registeredSlots.load(ordering: .relaxed)
        _ = claimedSlots.load(ordering: .relaxed)
    }

    /// Records `path` (absolute, or relative to a working directory that does not change) as a
    /// temporary file to remove on a fatal signal; nil when all slots are taken or the path is too long.
    public static func register(_ path: String) -> Registration? {
        let bytes = Array(path.utf8)
        guard bytes.count < pathCapacity, !bytes.contains(0) else { return nil }
        var claimed = claimedSlots.load(ordering: .acquiring)
        while true {
            guard claimed != .max else { return nil }
            let slot = (~claimed).trailingZeroBitCount
            let (exchanged, original) = claimedSlots.compareExchange(
                expected: claimed, desired: claimed | (1 << UInt64(slot)), ordering: .acquiringAndReleasing)
            if exchanged {
                let start = slotStorage + slot * pathCapacity
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { start.update(from: $0.baseAddress!, count: bytes.count) }
                }
                start[bytes.count] = 0
                registeredSlots.bitwiseOr(1 << UInt64(slot), ordering: .releasing)
                return Registration(slot: slot)
            }
            claimed = original
        }
    }

    /// Forgets a registration (the file was renamed into place or removed).
    public static func unregister(_ registration: Registration?) {
        guard let slot = registration?.slot else { return }
        registeredSlots.bitwiseAnd(~(1 << UInt64(slot)), ordering: .releasing)
        claimedSlots.bitwiseAnd(~(1 << UInt64(slot)), ordering: .releasing)
    }

    /// Removes every registered temporary file. Async-signal-safe: for signal handlers.
    public static func removeAll() {
        var registered = registeredSlots.load(ordering: .acquiring)
        while registered != 0 {
            let slot = registered.trailingZeroBitCount
            unlink(slotStorage + slot * pathCapacity)
            registered &= registered - 1
        }
    }

    /// The paths registered now (for tests).
    public static var registeredPaths: [String] {
        var paths: [String] = []
        var registered = registeredSlots.load(ordering: .acquiring)
        while registered != 0 {
            paths.append(String(cString: slotStorage + registered.trailingZeroBitCount * pathCapacity))
            registered &= registered - 1
        }
        return paths
    }
}
