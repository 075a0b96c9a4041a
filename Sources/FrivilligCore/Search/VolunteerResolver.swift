import Foundation

/// Turns what someone typed to name a volunteer ("søren j", a phone number, an id) into
/// exactly one volunteer, or says why it cannot: a command that thanks the wrong Søren
/// is worse than one that asks.
public enum VolunteerResolution: Equatable, Sendable {
    case found(Volunteer)
    case none
    case ambiguous([Volunteer])
}

public struct VolunteerResolver: Sendable {
    private let volunteers: [Volunteer]
    private let index: VolunteerIndex

    public init(_ volunteers: [Volunteer]) {
        self.volunteers = volunteers
        index = VolunteerIndex(volunteers)
    }

    /// An id, or a search with a single hit, or a name that equals exactly one
    /// volunteer's name (after folding) among several hits.
    public func resolve(_ text: String) -> VolunteerResolution {
        if let id = UUID(uuidString: text.trimmingWhitespace), let v = volunteers.first(where: { $0.id == id }) {
            return .found(v)
        }
        let query = SearchQuery(text)
        guard !query.isEmpty else { return .none }
        let hits = index.search(query).map { volunteers[$0] }
        if hits.count == 1 { return .found(hits[0]) }
        if hits.isEmpty { return .none }
        let exact = hits.filter { FoldedText($0.name).plain == query.plain || FoldedText($0.name).collapsed == query.collapsed }
        if exact.count == 1 { return .found(exact[0]) }
        return .ambiguous(hits)
    }
}
