/// Builds a zip archive whose entries are stored uncompressed (method 0), as `numpy.savez` does:
/// local headers with CRC-32 and sizes, then the central directory and its end record. Entry
/// times are fixed at 1980-01-01 00:00, so the same entries give the same bytes.
///
/// Limits (classic zip, no zip64): fewer than 65,535 entries and an archive under 4 GiB —
/// far above what `Network.maximumParameterCount` allows.
struct StoredZipArchive {
    private var bytes: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var entryCount = 0

    /// DOS date of 1980-01-01 (year − 1980 << 9 | month << 5 | day); the time is 00:00:00.
    private static let dosDate: UInt16 = 1 << 5 | 1

    /// Appends the file `name` (ASCII) with `contents`.
    mutating func add(_ name: String, contents: [UInt8]) {
        precondition(entryCount < Int(UInt16.max) && bytes.count + contents.count < Int(UInt32.max), "zip too large")
        let nameBytes = Array(name.utf8)
        let checksum = crc32(contents)
        let offset = UInt32(bytes.count)

        bytes.appendLittleEndian(UInt32(0x0403_4B50))   // local file header signature
        appendCommonFields(to: &bytes, name: nameBytes, checksum: checksum, size: contents.count)
        bytes += nameBytes
        bytes += contents

        centralDirectory.appendLittleEndian(UInt32(0x0201_4B50))   // central directory header signature
        centralDirectory.appendLittleEndian(UInt16(20))   // version made by: 2.0, MS-DOS attributes
        appendCommonFields(to: &centralDirectory, name: nameBytes, checksum: checksum, size: contents.count)
        centralDirectory.appendLittleEndian(UInt16(0))   // file comment length
        centralDirectory.appendLittleEndian(UInt16(0))   // disk number start
        centralDirectory.appendLittleEndian(UInt16(0))   // internal attributes
        centralDirectory.appendLittleEndian(UInt32(0))   // external attributes
        centralDirectory.appendLittleEndian(offset)      // offset of the local header
        centralDirectory += nameBytes
        entryCount += 1
    }

    /// The finished archive.
    func finish() -> [UInt8] {
        var archive = bytes + centralDirectory
        archive.appendLittleEndian(UInt32(0x0605_4B50))   // end of central directory signature
        archive.appendLittleEndian(UInt16(0))   // this disk
        archive.appendLittleEndian(UInt16(0))   // disk with the central directory
        archive.appendLittleEndian(UInt16(entryCount))   // entries on this disk
        archive.appendLittleEndian(UInt16(entryCount))   // entries in total
        archive.appendLittleEndian(UInt32(centralDirectory.count))
        archive.appendLittleEndian(UInt32(bytes.count))   // offset of the central directory
        archive.appendLittleEndian(UInt16(0))   // comment length
        return archive
    }

    /// The fields local and central headers share, from "version needed" to "extra field length".
    private func appendCommonFields(to header: inout [UInt8], name: [UInt8], checksum: UInt32, size: Int) {
        header.appendLittleEndian(UInt16(20))   // version needed to extract: 2.0
        header.appendLittleEndian(UInt16(0))    // flags
        header.appendLittleEndian(UInt16(0))    // method: stored
        header.appendLittleEndian(UInt16(0))    // time 00:00:00
        header.appendLittleEndian(Self.dosDate)
        header.appendLittleEndian(checksum)
        header.appendLittleEndian(UInt32(size))   // compressed size
        header.appendLittleEndian(UInt32(size))   // uncompressed size
        header.appendLittleEndian(UInt16(name.count))
        header.appendLittleEndian(UInt16(0))    // extra field length
    }
}
