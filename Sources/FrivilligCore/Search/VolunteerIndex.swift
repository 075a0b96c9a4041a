import Foundation

/// Volunteers folded once for searching, so each keystroke only compares bytes.
///
/// Looks in names, phone digits, e-mail, skills and emergency-contact names. Results come
/// ranked: the name starts with the query, then a word of the name does, then any other
/// name hit, then hits in other fields; ties in Danish name order.
public struct VolunteerIndex: Sendable {
    struct Entry: Sendable {
        let name: FoldedText
        let others: FoldedText
        let phoneDigits: [String]

        init(_ v: Volunteer) {
            name = FoldedText(v.name)
            others = FoldedText(([v.email] + v.skills + v.emergencyContacts.map(\.name)).joined(separator: "\n"))
            phoneDigits = (v.phones + v.emergencyContacts.map(\.phone)).map(Phone.searchDigits)
        }
    }

    let entries: [Entry]
    /// Positions into the register's volunteer array, in Danish name order.
    public let sortedOrder: [Int]
    /// For each position, its place in `sortedOrder`.
    private let rank: [Int]

    public init(_ volunteers: [Volunteer]) {
        entries = volunteers.map(Entry.init)
        let keys = volunteers.map { SearchFold.sortKey($0.name) }
        sortedOrder = volunteers.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
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
        let digits = query.phoneDigits.flatMap { $0.isEmpty ? nil : $0 }
        for i in order {
            let e = entries[i]
            if let match = e.name.match(query) {
                ranked[match.rawValue].append(i)
            } else if e.others.contains(query) || digits.map({ q in e.phoneDigits.contains { $0.contains(q) } }) == true {
                ranked[3].append(i)
            }
        }
        return ranked.flatMap { $0 }
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
