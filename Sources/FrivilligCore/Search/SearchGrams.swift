/// Which bytes and pairs of neighbouring bytes a volunteer's folded text holds, as 512
/// bits (a Bloom filter): a query word whose bytes or pairs are not all among them
/// cannot occur in that text, so a keystroke skips most volunteers without comparing
/// their text. A bit may be set by another pair too; that only costs a comparison,
/// never a hit.
enum SearchGrams {
    /// 64-bit words per text or needle.
    static let words = 8

    /// The bit of the pair `a`, `b`; a byte alone is the pair 0, byte.
    @inline(__always)
    static func bit(_ a: UInt8, _ b: UInt8) -> Int {
        Int(((UInt32(a) << 8 | UInt32(b)) &* 0x9E37_79B1) >> 23)
    }

    /// Sets the bits of every byte and pair of `text` in `bits` (`words` long).
    static func add(_ text: UnsafeBufferPointer<UInt8>, to bits: inout [UInt64], at start: Int) {
        var previous: UInt8?
        for byte in text {
            set(bit(0, byte), in: &bits, at: start)
            if let previous { set(bit(previous, byte), in: &bits, at: start) }
            previous = byte
        }
    }

    /// The bits a text must have to hold `needle`: its one byte, or each of its pairs.
    /// An empty needle needs none.
    static func needle(_ needle: UnsafeBufferPointer<UInt8>, into bits: inout [UInt64], at start: Int) {
        if needle.count == 1 { set(bit(0, needle[0]), in: &bits, at: start) }
        for k in needle.indices.dropFirst() { set(bit(needle[k - 1], needle[k]), in: &bits, at: start) }
    }

    /// Whether every bit of `needle` is among `text`'s, `words` each.
    @inline(__always)
    static func holds(_ text: UnsafePointer<UInt64>, _ needle: UnsafePointer<UInt64>) -> Bool {
        var missing: UInt64 = 0
        for w in 0..<words { missing |= needle[w] & ~text[w] }
        return missing == 0
    }

    @inline(__always)
    private static func set(_ bit: Int, in bits: inout [UInt64], at start: Int) {
        bits[start + bit >> 6] |= 1 << UInt64(bit & 63)
    }
}
