import Foundation

extension TaskRanking {
    /// One candidate as the sort sees it: the rules before the name packed into `key`
    /// (smaller ranks first), the name's first 16 UTF-8 bytes and its length, the id's
    /// order, and the row. Sorting these small values instead of whole candidates, with
    /// the name compared as one number, is what keeps the ranking of 10,000 volunteers
    /// quick; a volunteer's record is read again only for two names longer than 16 bytes
    /// that begin alike.
    struct SortEntry {
        let name: UInt128
        let id: UInt128
        let key: UInt64
        let row: Int32
        /// The name's UTF-8 length, 17 for any longer than 16 bytes.
        let length: UInt8
    }

    /// Field widths of `SortEntry.key`, from the top: skills 8 bits, time 2, workplace 1,
    /// tasks 20, last asked 22 (every `Day` from year 1 to 9999 fits).
    private static let skillBits = 8, taskBits = 20, dayBits = 22
    private static let skillMax = (1 << skillBits) - 1, taskMax = (1 << taskBits) - 1, dayMax = (1 << dayBits) - 1
    private static let firstOrdinal = Day(year: 1, month: 1, day: 1)!.ordinal

    /// The entry for `row`, and whether a value was too large for its field of the key
    /// (then equal keys are not yet a tie: see `sorted`).
    static func entry(_ row: TaskCandidates.Row, at index: Int, name: String, id: UUID) -> (SortEntry, clamped: Bool) {
        let skills = Int(row.skillCount), asked = row.lastAsked.map { $0 - firstOrdinal + 1 }
        let clamped = skills > skillMax || row.taskCount > taskMax || asked.map { $0 < 1 || $0 > dayMax } ?? false
        var key = UInt64(skillMax - min(skills, skillMax))
        key = key << 2 | row.time.rank
        key = key << 1 | (row.atWorkplace ? 0 : 1)
        key = key << taskBits | UInt64(min(row.taskCount, taskMax))
        key = key << dayBits | UInt64(asked.map { max(1, min($0, dayMax)) } ?? 0)
        let (prefix, length) = namePrefix(name)
        return (SortEntry(name: prefix, id: id.orderKey, key: key, row: Int32(index), length: UInt8(min(length, 17))), clamped)
    }

    /// The name's first 16 UTF-8 bytes as a big-endian number, zeros after a shorter
    /// name (numbers in that order are names in the order of their bytes, or equal),
    /// and its length in bytes.
    private static func namePrefix(_ name: String) -> (UInt128, Int) {
        let prefix = { (bytes: UnsafeBufferPointer<UInt8>) -> (UInt128, Int) in
            var out: UInt128 = 0
            for i in 0..<16 { out = out << 8 | UInt128(i < bytes.count ? bytes[i] : 0) }
            return (out, bytes.count)
        }
        return name.utf8.withContiguousStorageIfAvailable(prefix) ?? Array(name.utf8).withUnsafeBufferPointer(prefix)
    }

    /// `rows` in the ranking's order.
    static func sorted(
        _ entries: [SortEntry], _ rows: [TaskCandidates.Row], clamped: Bool, _ volunteers: [Volunteer]
    ) -> [TaskCandidates.Row] {
        var entries = entries
        entries.sort { a, b in
            if a.key != b.key { return a.key < b.key }
            if clamped, let first = fieldsBefore(rows[Int(a.row)], rows[Int(b.row)]) { return first }
            if a.name != b.name { return a.name < b.name }
            // The same first 16 bytes and lengths that differ: the shorter is a prefix of the longer.
            if a.length != b.length { return a.length < b.length }
            if a.length <= 16 { return a.id < b.id }
            let x = volunteers[Int(rows[Int(a.row)].volunteer)].name, y = volunteers[Int(rows[Int(b.row)].volunteer)].name
            if !x.utf8.elementsEqual(y.utf8) { return x.utf8.lexicographicallyPrecedes(y.utf8) }
            return a.id < b.id
        }
        return entries.map { rows[Int($0.row)] }
    }

    /// Whether `a` ranks above `b` by the rules before the name; nil when they agree on all.
    private static func fieldsBefore(_ a: TaskCandidates.Row, _ b: TaskCandidates.Row) -> Bool? {
        if a.skillCount != b.skillCount { return a.skillCount > b.skillCount }
        if a.time.rank != b.time.rank { return a.time.rank < b.time.rank }
        if a.atWorkplace != b.atWorkplace { return a.atWorkplace }
        if a.taskCount != b.taskCount { return a.taskCount < b.taskCount }
        if a.lastAsked != b.lastAsked {
            guard let x = a.lastAsked else { return true }
            guard let y = b.lastAsked else { return false }
            return x < y
        }
        return nil
    }
}
