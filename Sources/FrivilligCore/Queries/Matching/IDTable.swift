import Foundation

/// A hash table from ids to values for the ranking's tables that live for one call (who
/// is on the task, task counts, last thanks), looked up once per volunteer. `Dictionary`
/// hashes each id with a freshly seeded SipHash, which for 10,000 volunteers cost more
/// than the rest of their ranking; an id's 16 bytes are mostly random already, so here
/// its two halves are folded and spread by one multiply, with linear probing.
struct IDTable<Value> {
    private var slots: [(id: UUID.Words, value: Value)?]
    private var count = 0
    /// 64 less the number of bits of a slot's index: the hash's top bits pick the slot.
    private var shift: UInt64

    init(capacity: Int = 0) {
        var bits: UInt64 = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        slots = Array(repeating: nil, count: 1 << bits)
        shift = 64 - bits
    }

    subscript(id: UUID) -> Value? {
        let words = id.words
        var i = slot(of: words)
        while let entry = slots[i] {
            if entry.id == words { return entry.value }
            i = (i + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Gives `id` the value `merge` makes of its present one (nil: none yet).
    mutating func update(_ id: UUID, _ merge: (Value?) -> Value) {
        let words = id.words
        var i = slot(of: words)
        while let entry = slots[i] {
            if entry.id == words {
                slots[i] = (words, merge(entry.value))
                return
            }
            i = (i + 1) & (slots.count - 1)
        }
        slots[i] = (words, merge(nil))
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Ids made by hand differ in their last bytes only, hence the fold before the multiply.
    private func slot(of words: UUID.Words) -> Int {
        let h = words.0 ^ words.1
        return Int(truncatingIfNeeded: ((h ^ h >> 32) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        shift -= 1
        for case let entry? in old {
            var i = slot(of: entry.id)
            while slots[i] != nil { i = (i + 1) & (slots.count - 1) }
            slots[i] = entry
        }
    }
}

extension UUID {
    typealias Words = (UInt64, UInt64)

    /// The 16 bytes as two numbers, compared and hashed without going through `Hashable`.
    var words: Words {
        withUnsafeBytes(of: uuid) { ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
    }
}
