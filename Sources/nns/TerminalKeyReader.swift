import CLibEdit
import Glibc

/// libedit's key reader for the REPL (`EL_GETCFN`): one character from standard input, decoded
/// from UTF-8, or the end of the line when Ctrl-C is pressed.
///
/// It waits in `poll` on standard input and on `Interrupts.wakeUp` together, so Ctrl-C ends the
/// line at once whenever it arrives — also while the previous key is still being processed,
/// when libedit's own blocking `read` would sleep through it until the next key.
enum TerminalKeyReader {
    /// The `el_rfunc_t`: 1 with a character in `character`, 0 at end of input, -1 when
    /// interrupted (libedit then returns from `el_gets` with no line).
    static let readCharacter: el_rfunc_t = { _, character in
        guard let character, waitForKey() else { return -1 }
        guard let first = readByte() else { return 0 }
        let length = first < 0x80 ? 1 : first >> 5 == 0b110 ? 2 : first >> 4 == 0b1110 ? 3 : first >> 3 == 0b11110 ? 4 : 1
        var scalar = length == 1 ? UInt32(first) : UInt32(first) & (0x7F >> length)
        for _ in 1..<length {
            guard let next = readByte(), next & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        character.pointee = wchar_t(bitPattern: scalar)
        return 1
    }

    /// Waits until standard input has a byte (true) or Ctrl-C was pressed (false).
    private static func waitForKey() -> Bool {
        var watched = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: Interrupts.wakeUp.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            if Interrupts.wasRequested { return false }
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if ready < 0, errno == EINTR { continue }
            if Interrupts.wasRequested { return false }
            return ready > 0 && watched[0].revents != 0
        }
    }

    /// One byte of standard input, retrying after signals; nil at end of input or on error.
    private static func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }
}
