/// Skill spellings seen while ranking, each with a number (`SkillMatcher`'s fold number).
/// Keyed by the spelling's UTF-8 bytes, hashed and compared straight from the string's
/// storage and kept in one byte array: a `Dictionary` keyed by `String` brings every key
/// to its canonical form before hashing, and for the Danish letters that took longer
/// than folding the word once. Spellings that differ in bytes are folded apart, which
/// gives each its own fold.
struct SpellingTable {
    private struct Slot {
        var hash: UInt64
        var start: Int32
        var length: Int32
        var number: Int32
    }

    private var slots: [Slot?] = Array(repeating: nil, count: 64)
    private var bytes: [UInt8] = []
    private var count = 0

    subscript(spelling: String) -> Int32? {
        Self.withBytes(spelling) { probe in
            let hash = Self.hash(probe)
            var i = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while let slot = slots[i] {
                if slot.hash == hash, same(slot, probe) { return slot.number }
                i = (i + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    /// Adds a spelling not in the table yet.
    mutating func insert(_ spelling: String, number: Int32) {
        Self.withBytes(spelling) { probe in
            let slot = Slot(hash: Self.hash(probe), start: Int32(bytes.count), length: Int32(probe.count), number: number)
            bytes.append(contentsOf: probe)
            place(slot)
        }
        count += 1
        if count * 2 > slots.count {
            let old = slots
            slots = Array(repeating: nil, count: old.count * 2)
            for case let slot? in old { place(slot) }
        }
    }

    private mutating func place(_ slot: Slot) {
        var i = Int(truncatingIfNeeded: slot.hash) & (slots.count - 1)
        while slots[i] != nil { i = (i + 1) & (slots.count - 1) }
        slots[i] = slot
    }

    private func same(_ slot: Slot, _ probe: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(slot.length) == probe.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            let start = Int(slot.start)
            for i in 0..<probe.count where stored[start + i] != probe[i] { return false }
            return true
        }
    }

    private static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let done = text.utf8.withContiguousStorageIfAvailable(body) { return done }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// FNV-1a, then the high bits folded down, as the slot is picked by the low ones.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h ^ h >> 29
    }
}
