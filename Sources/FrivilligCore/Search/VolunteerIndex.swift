import Foundation

/// Volunteers folded once for searching, so each keystroke only compares bytes.
///
/// Looks in names, phone digits, e-mail, skills and emergency-contact names. Results come
/// ranked: the name starts with the query, then a word of the name does, then any other
/// name hit, then hits in other fields; ties in Danish name order.
///
/// All folded text sits back to back in one byte buffer, with five ranges per volunteer,
/// so a keystroke over 100 000 volunteers compares bytes without touching a reference
/// count.
public struct VolunteerIndex: Sendable {
    /// One volunteer's searchable text, folded: name and other fields (e-mail, skills,
    /// emergency contacts' names) each in both folds, and the phone digits of their own
    /// and their contacts' numbers joined by line breaks (a query of digits cannot match
    /// across one).
    struct Entry: Sendable {
        let fields: [[UInt8]]

        init(_ v: Volunteer) {
            let name = FoldedText(v.name)
            let others = FoldedText(([v.email] + v.skills + v.emergencyContacts.map(\.name)).joined(separator: "\n"))
            let digits = (v.phones + v.emergencyContacts.map(\.phone)).map(Phone.searchDigits).joined(separator: "\n")
            fields = [name.plainBytes, name.collapsedBytes, others.plainBytes, others.collapsedBytes, Array(digits.utf8)]
        }
    }

    /// The query's bytes, taken out once per search.
    struct Needles {
        let plain: UnsafeBufferPointer<UInt8>
        let collapsed: UnsafeBufferPointer<UInt8>
        /// Nil unless the query looks like a phone number.
        let digits: UnsafeBufferPointer<UInt8>?
    }

    static let fieldsPerEntry = 5
    private let bytes: [UInt8]
    /// Start and end in `bytes` of each volunteer's fields, `fieldsPerEntry` each.
    private let bounds: [UInt32]
    /// Positions into the register's volunteer array, in Danish name order.
    public let sortedOrder: [Int]
    /// For each position, its place in `sortedOrder`.
    private let rank: [Int]

    public init(_ volunteers: [Volunteer]) {
        var bytes: [UInt8] = []
        var bounds: [UInt32] = []
        bounds.reserveCapacity(volunteers.count * Self.fieldsPerEntry * 2)
        for v in volunteers {
            for field in Entry(v).fields {
                bounds.append(UInt32(bytes.count))
                bytes.append(contentsOf: field)
                bounds.append(UInt32(bytes.count))
            }
        }
        self.bytes = bytes
        self.bounds = bounds
        sortedOrder = VolunteerIndex.nameOrder(volunteers)
        var rank = [Int](repeating: 0, count: volunteers.count)
        for (place, position) in sortedOrder.enumerated() { rank[position] = place }
        self.rank = rank
    }

    /// Positions of matching volunteers, best first. An empty query gives all, by name.
    ///
    /// `candidates` limits the scan to the hits of an earlier query that this one extends
    /// (see `VolunteerSearch`); the result is the same as a full scan.
    public func search(_ query: SearchQuery, among candidates: [Int]? = nil) -> [Int] {
        guard !query.isEmpty else { return sortedOrder }
        let order = candidates.map(inNameOrder) ?? sortedOrder
        var ranked: [[Int]] = [[], [], [], []]
        VolunteerIndex.withNeedles(query) { needles in
            withFields { fields in
                for i in order {
                    if let bucket = fields.bucket(of: i, needles) { ranked[bucket].append(i) }
                }
            }
        }
        return ranked.flatMap { $0 }
    }

    /// The rank group of the volunteer at `position` for a non-empty query (see `bucket`).
    func bucket(of position: Int, _ needles: Needles) -> Int? {
        withFields { $0.bucket(of: position, needles) }
    }

    /// The folded text and its ranges, in place for a scan.
    private struct Fields {
        let all: UnsafeBufferPointer<UInt8>
        let bounds: UnsafeBufferPointer<UInt32>

        @inline(__always)
        func bucket(of i: Int, _ needles: Needles) -> Int? {
            let at = i * VolunteerIndex.fieldsPerEntry * 2
            func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[Int(bounds[at + 2 * k])..<Int(bounds[at + 2 * k + 1])])
            }
            return VolunteerIndex.bucket(needles, field(0), field(1), field(2), field(3), field(4))
        }
    }

    private func withFields<T>(_ body: (Fields) -> T) -> T {
        bytes.withUnsafeBufferPointer { all in
            bounds.withUnsafeBufferPointer { body(Fields(all: all, bounds: $0)) }
        }
    }

    /// Positions in Danish name order, ties by position: the order results come in.
    static func nameOrder(_ volunteers: [Volunteer]) -> [Int] {
        let keys = volunteers.map { SearchFold.sortKey($0.name) }
        return volunteers.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    }

    /// Runs `body` with the query's bytes in place.
    static func withNeedles<T>(_ query: SearchQuery, _ body: (Needles) throws -> T) rethrows -> T {
        let digits = query.phoneDigits.flatMap { $0.isEmpty ? nil : Array($0.utf8) } ?? []
        let hasDigits = !digits.isEmpty
        return try query.plainBytes.withUnsafeBufferPointer { plain in
            try query.collapsedBytes.withUnsafeBufferPointer { collapsed in
                try digits.withUnsafeBufferPointer { d in
                    try body(Needles(plain: plain, collapsed: collapsed, digits: hasDigits ? d : nil))
                }
            }
        }
    }

    /// The rank group of one volunteer for a non-empty query: 0–2 by how the name
    /// matches (see `FoldedText.Match`), 3 for a hit in the other fields or phone digits,
    /// nil for none. The one rule, for the in-memory index and the lookup index file.
    @inline(__always)
    static func bucket(_ q: Needles, _ namePlain: UnsafeBufferPointer<UInt8>, _ nameCollapsed: UnsafeBufferPointer<UInt8>,
                       _ othersPlain: UnsafeBufferPointer<UInt8>, _ othersCollapsed: UnsafeBufferPointer<UInt8>,
                       _ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        if let match = FoldedText.Match.better(FoldedText.match(q.plain, in: namePlain), FoldedText.match(q.collapsed, in: nameCollapsed)) {
            return match.rawValue
        }
        if FoldedText.match(q.plain, in: othersPlain) != nil || FoldedText.match(q.collapsed, in: othersCollapsed) != nil {
            return 3
        }
        if let d = q.digits, FoldedText.match(d, in: digits) != nil { return 3 }
        return nil
    }

    /// The candidates in Danish name order. Many candidates (the hits of a first letter)
    /// are picked out of `sortedOrder` with a mark per volunteer, which costs one pass
    /// instead of a sort; few are sorted by rank.
    private func inNameOrder(_ candidates: [Int]) -> [Int] {
        guard candidates.count > sortedOrder.count / 16 else { return candidates.sorted { rank[$0] < rank[$1] } }
        var isCandidate = [Bool](repeating: false, count: sortedOrder.count)
        for i in candidates { isCandidate[i] = true }
        return sortedOrder.filter { isCandidate[$0] }
    }
}
