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
        let sortKey: String
    }

    private let entries: [Entry]
    /// Positions into the register's volunteer array, in Danish name order.
    public let sortedOrder: [Int]

    public init(_ volunteers: [Volunteer]) {
        entries = volunteers.map { v in
            let others = ([v.email] + v.skills + v.emergencyContacts.map(\.name)).joined(separator: "\n")
            return Entry(
                name: FoldedText(v.name), others: FoldedText(others),
                phoneDigits: (v.phones + v.emergencyContacts.map(\.phone)).map(Phone.searchDigits),
                sortKey: SearchFold.sortKey(v.name))
        }
        let keys = entries.map(\.sortKey)
        sortedOrder = volunteers.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    }

    /// Positions of matching volunteers, best first. An empty query gives all, by name.
    public func search(_ query: SearchQuery) -> [Int] {
        guard !query.isEmpty else { return sortedOrder }
        var ranked: [[Int]] = [[], [], [], []]
        for i in sortedOrder {
            let e = entries[i]
            if let match = e.name.match(query) {
                ranked[match.rawValue].append(i)
            } else if e.others.contains(query)
                        || query.phoneDigits.map({ q in !q.isEmpty && e.phoneDigits.contains { $0.contains(q) } }) == true {
                ranked[3].append(i)
            }
        }
        return ranked.flatMap { $0 }
    }
}
