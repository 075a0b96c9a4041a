import Foundation

/// Turns what someone typed to name a volunteer ("søren j", "nielsen holger", a phone
/// number, an id) into exactly one volunteer, or says why it cannot: a command that
/// thanks the wrong Søren is worse than one that asks.
public enum VolunteerResolution: Equatable, Sendable {
    case found(Volunteer)
    case none
    case ambiguous([Volunteer])
}

public struct VolunteerResolver: Sendable {
    private let volunteers: [Volunteer]
    private let index: VolunteerIndex
    private let includingAnonymised: Bool

    /// Without `includingAnonymised`, anonymised records are no one's name (an attendee
    /// of a new event must be someone).
    public init(_ register: Register, includingAnonymised: Bool = true) {
        volunteers = register.volunteers
        index = VolunteerIndex(register)
        self.includingAnonymised = includingAnonymised
    }

    /// An id, or a search with a single hit (its words in any order, each in any field),
    /// or among several hits a name that is exactly one volunteer's (the same letters
    /// after folding, or the same words in another order: "nielsen holger"), or else the
    /// one name that holds the query as typed ("soeren oe" is Søren Østergaard, not
    /// Michael Sørensen, whose name holds both words apart).
    public func resolve(_ text: String) -> VolunteerResolution {
        if let id = UUID(uuidString: text.trimmingWhitespace),
           let v = volunteers.first(where: { $0.id == id && (includingAnonymised || !$0.anonymised) }) {
            return .found(v)
        }
        let query = SearchQuery(text)
        guard !query.isEmpty else { return .none }
        let hits = index.search(query, includingAnonymised: includingAnonymised).map { volunteers[$0] }
        if hits.count == 1 { return .found(hits[0]) }
        if hits.isEmpty { return .none }
        let exact = hits.filter { VolunteerResolver.isExactly($0.name, query) }
        if exact.count == 1 { return .found(exact[0]) }
        let asTyped = hits.filter { FoldedText($0.name).contains(query) }
        if exact.isEmpty, asTyped.count == 1 { return .found(asTyped[0]) }
        return .ambiguous(hits)
    }

    private static func isExactly(_ name: String, _ query: SearchQuery) -> Bool {
        let folded = FoldedText(name)
        if folded.plain == query.plain || folded.collapsed == query.collapsed { return true }
        let words = { (text: String) in text.split(separator: " ").sorted() }
        return words(folded.plain) == words(query.plain) || words(folded.collapsed) == words(query.collapsed)
    }
}
