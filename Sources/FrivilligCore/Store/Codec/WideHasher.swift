/// The snapshot fingerprint's hash, fed in pieces: 8-byte words in four independent lanes
/// (the structure of xxHash64), then the length and the last bytes. Feeding the same bytes
/// in any pieces gives the same value, so a snapshot streamed to disk in chunks is named
/// as if hashed whole.
struct WideHasher {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87, p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9, p4: UInt64 = 0x85EB_CA77_C2B2_AE63

    private var a = p1 &+ p2, b = p2, c: UInt64 = 0, d = 0 &- p1
    private var count = 0
    /// Bytes of an unfinished 32-byte block.
    private var pending: [UInt8] = []

    @inline(__always)
    private static func round(_ acc: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = acc &+ word &* p2
        return ((mixed << 31) | (mixed >> 33)) &* p1
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    mutating func update(_ raw: UnsafeRawBufferPointer) {
        count += raw.count
        var i = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, raw.count)
            pending.append(contentsOf: raw[0..<take])
            i = take
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { block(at: 0, of: $0) }
            pending.removeAll(keepingCapacity: true)
        }
        while i + 32 <= raw.count {
            block(at: i, of: raw)
            i += 32
        }
        pending.append(contentsOf: raw[i...])
    }

    @inline(__always)
    private mutating func block(at i: Int, of raw: UnsafeRawBufferPointer) {
        a = Self.round(a, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        b = Self.round(b, raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
        c = Self.round(c, raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
        d = Self.round(d, raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
    }

    mutating func finish() -> UInt64 {
        var h = ((a << 1) | (a >> 63)) &+ ((b << 7) | (b >> 57)) &+ ((c << 12) | (c >> 52)) &+ ((d << 18) | (d >> 46))
        h = h &+ UInt64(count)
        for byte in pending {
            h ^= UInt64(byte) &* Self.p3
            h = ((h << 11) | (h >> 53)) &* Self.p1
        }
        h ^= h >> 33
        h = h &* Self.p2
        h ^= h >> 29
        h = h &* Self.p4
        h ^= h >> 32
        return h
    }
}
