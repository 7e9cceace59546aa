import SafeFiles

/// Writing a picture made by a view (PNG or SVG bytes) to the file a `to=` argument names.
enum PictureFile {
    /// Writes `bytes` to `path` — relative to `options.currentDirectory`, a leading `~` meaning
    /// `HOME` — atomically through SafeFiles' `AtomicWriter` (a temporary sibling renamed into
    /// place; never over a directory, device, FIFO or read-only file; through symbolic links), so
    /// an interrupted write never leaves half a picture. Returns the picture's size in pixels when
    /// the bytes are a PNG. Throws `.cannotWrite` saying why (no such directory, read-only file…).
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, options: SessionOptions) throws(InspectionError) -> (width: Int, height: Int)? {
        do {
            try AtomicWriter.write(bytes, to: options.paths.absolute(path))
        } catch .missingDirectory(let folder) {
            throw .cannotWrite(path: path, reason: "the directory '\(folder)' does not exist — create it first or write elsewhere")
        } catch {
            throw .cannotWrite(path: path, reason: error.description)
        }
        return pngSize(bytes)
    }

    /// Width and height from a PNG's IHDR chunk (big-endian at bytes 16…23); nil for other bytes.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes.prefix(8)) == signature else { return nil }
        let word = { (offset: Int) in bytes[offset ..< offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }
}
