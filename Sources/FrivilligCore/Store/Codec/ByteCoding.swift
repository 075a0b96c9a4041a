import Foundation

/// Little-endian numbers and length-prefixed byte strings, for derived binary files.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func u32(_ value: Int) {
        let v = UInt32(truncatingIfNeeded: value)
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Overwrites four bytes written earlier, e.g. a length known only afterwards.
    mutating func patchU32(at offset: Int, _ value: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { raw in
            for (i, byte) in raw.enumerated() { bytes[offset + i] = byte }
        }
    }

    mutating func raw(_ data: [UInt8]) {
        bytes.append(contentsOf: data)
    }

    mutating func text(_ data: [UInt8]) {
        u32(data.count)
        bytes.append(contentsOf: data)
    }

    mutating func text(_ string: String) {
        text(Array(string.utf8))
    }
}

/// Reads what `ByteWriter` wrote, checking every length against the end, so a damaged
/// file ends in `Damaged` instead of a crash or a wrong value.
/// The readers are inlined: the lookup index reads a dozen lengths of each of 100,000
/// records per `frivillig ice`, and a call each was a tenth of its time.
struct ByteReader {
    struct Damaged: Error {}

    let bytes: UnsafeRawBufferPointer
    var position: Int

    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var atEnd: Bool { position == bytes.count }

    @inline(__always)
    mutating func u8() throws -> UInt8 {
        guard position < bytes.count else { throw Damaged() }
        defer { position += 1 }
        return bytes[position]
    }

    @inline(__always)
    mutating func u32() throws -> Int {
        guard position + 4 <= bytes.count else { throw Damaged() }
        defer { position += 4 }
        return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
    }

    mutating func u64() throws -> UInt64 {
        guard position + 8 <= bytes.count else { throw Damaged() }
        defer { position += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    @inline(__always)
    mutating func raw(_ count: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard count >= 0, position + count <= bytes.count else { throw Damaged() }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count]).assumingMemoryBound(to: UInt8.self)
    }

    /// A length-prefixed byte string, in place.
    @inline(__always)
    mutating func text() throws -> UnsafeBufferPointer<UInt8> {
        try raw(try u32())
    }

    mutating func string() throws -> String {
        guard let s = String(validating: try text(), as: UTF8.self) else { throw Damaged() }
        return s
    }
}
