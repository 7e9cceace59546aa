import Glibc

/// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not import): the
/// attributes of a running thread, including where its stack lies.
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32

/// How far the current thread's stack may still grow, so that deep nesting becomes an error
/// before it becomes a crash — whatever the thread's stack size (the main thread's 8 MB, a
/// worker thread's few hundred KB) and however large the build makes each frame (debug and
/// sanitizer builds use several times the stack of a release build).
///
/// Measured once (where the parser or the interpreter starts); each check then only compares
/// the address of a local variable with `floor`. A local that is not on the thread's stack at
/// all — AddressSanitizer moves frames to a "fake stack" on the heap to catch use after return —
/// says nothing about the stack, and the check then leaves the decision to the fixed limits;
/// sanitized runs should therefore set `ASAN_OPTIONS=detect_stack_use_after_return=0` (as
/// `.ci/run` and `scripts/fuzz.sh` do), since their frames are large.
struct StackSpace: Sendable {
    /// Bytes kept free below the deepest nesting for the work done there (a command, a view).
    static let reserve = 256 * 1024

    /// The lowest stack address nesting may reach; 0 when the stack's bounds are unknown.
    let floor: UInt
    /// The stack's lowest and highest addresses (both 0 when unknown).
    private let bounds: (low: UInt, high: UInt)

    /// The space of the calling thread's stack.
    init() {
        var attributes = pthread_attr_t()
        var low: UnsafeMutableRawPointer?
        var size = 0
        guard threadAttributes(pthread_self(), &attributes) == 0 else {
            (floor, bounds) = (0, (0, 0))
            return
        }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_getstack(&attributes, &low, &size) == 0, let low else {
            (floor, bounds) = (0, (0, 0))
            return
        }
        let start = UInt(bitPattern: low)
        floor = start + UInt(min(Self.reserve, size / 4))
        bounds = (start, start + UInt(size))
    }

    /// True when the stack has grown down to within `reserve` of its end.
    var isNearlyExhausted: Bool {
        var marker: UInt8 = 0
        let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        guard address >= bounds.low, address < bounds.high else { return false }
        return address < floor
    }
}
