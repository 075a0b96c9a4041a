import Foundation

/// A seeded random source (SplitMix64) that gives the same sequence on every machine and
/// toolchain, which the standard library's generators do not promise. The demo data, the
/// benchmarks and the randomised tests all draw from it, so a seed replays them exactly.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`; the tiny bias of the multiply-shift does not matter here.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// A number in 0..<1.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with the given probability (0…1).
    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// `count` different items in random order (all of them when there are fewer).
    public mutating func pick<T>(_ count: Int, of items: [T]) -> [T] {
        var pool = items
        let n = min(count, pool.count)
        for i in 0..<n { pool.swapAt(i, int(i...pool.count - 1)) }
        return Array(pool[0..<n])
    }

    /// A version-4 UUID whose bits all come from the seed.
    public mutating func uuid() -> UUID {
        let a = next(), b = next()
        func byte(_ word: UInt64, _ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: word >> (8 * i)) }
        return UUID(uuid: (
            byte(a, 0), byte(a, 1), byte(a, 2), byte(a, 3), byte(a, 4), byte(a, 5),
            byte(a, 6) & 0x0F | 0x40, byte(a, 7),
            byte(b, 0) & 0x3F | 0x80, byte(b, 1), byte(b, 2), byte(b, 3),
            byte(b, 4), byte(b, 5), byte(b, 6), byte(b, 7)))
    }
}
