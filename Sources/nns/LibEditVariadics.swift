import CLibEdit
import Glibc

/// Calls libedit's variadic entry points — `el_set`, `el_get` and `history` — which Swift
/// cannot call directly ("Variadic function is unavailable").
///
/// Each function is looked up once with `dlsym` and called through a fixed prototype whose
/// variadic part is pointer-sized integers. That is sound on the System V x86-64 and AArch64
/// Linux calling conventions nns is built for, where variadic integer and pointer arguments
/// travel in the same registers as fixed ones. Pass pointers as `Int(bitPattern:)` and C `int`s
/// as `Int`; unused trailing arguments are ignored by the callee.
enum LibEditVariadics {
    /// `int el_set(EditLine *, int, ...)` / `el_get` with up to four variadic words.
    private typealias EditLineEntry = @convention(c) (OpaquePointer?, Int32, Int, Int, Int, Int) -> Int32
    /// `int history(History *, HistEvent *, int, ...)` with one variadic word.
    private typealias HistoryEntry = @convention(c) (OpaquePointer?, UnsafeMutablePointer<HistEvent>?, Int32, Int) -> Int32

    /// The address of `el_set` (0 when libedit is not linked).
    private static let elSetAddress = address(of: "el_set")
    /// The address of `el_get`.
    private static let elGetAddress = address(of: "el_get")
    /// The address of `history`, also handed to `el_set(EL_HIST, …)` as the history function.
    static let historyAddress = address(of: "history")

    /// `el_set(editLine, operation, a, b, c, d)`; -1 when libedit could not be found.
    @discardableResult
    static func set(_ editLine: OpaquePointer, _ operation: Int32,
                    _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) -> Int32 {
        guard elSetAddress != 0 else { return -1 }
        return unsafeBitCast(elSetAddress, to: EditLineEntry.self)(editLine, operation, a, b, c, d)
    }

    /// `el_get(editLine, operation, a, b)`; -1 when libedit could not be found.
    @discardableResult
    static func get(_ editLine: OpaquePointer, _ operation: Int32, _ a: Int = 0, _ b: Int = 0) -> Int32 {
        guard elGetAddress != 0 else { return -1 }
        return unsafeBitCast(elGetAddress, to: EditLineEntry.self)(editLine, operation, a, b, 0, 0)
    }

    /// `history(history, event, operation, a)`; -1 when libedit could not be found.
    @discardableResult
    static func history(_ history: OpaquePointer, _ event: UnsafeMutablePointer<HistEvent>,
                        _ operation: Int32, _ a: Int = 0) -> Int32 {
        guard historyAddress != 0 else { return -1 }
        return unsafeBitCast(historyAddress, to: HistoryEntry.self)(history, event, operation, a)
    }

    /// The address of the global symbol `name` in the running process, 0 when there is none.
    private static func address(of name: String) -> Int {
        Int(bitPattern: dlsym(dlopen(nil, RTLD_NOW), name))
    }
}
