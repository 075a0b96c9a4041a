import Foundation
import FrivilligCore
import TerminalUI

/// The "add attendee" field of the event form: what is typed is searched among the
/// volunteers the Danish-aware way (`soeren` finds Søren), and the best few that are not
/// attending yet are offered to pick from.
struct AttendeeSearch: Sendable {
    /// How many matches are listed under the field.
    static let shownMatches = 5

    var query = TextField()
    private(set) var matches: [Volunteer] = []
    private(set) var selected = 0
    private let volunteers: [Volunteer]
    private let index: VolunteerIndex

    init(volunteers: [Volunteer]) {
        self.volunteers = volunteers
        index = VolunteerIndex(volunteers)
    }

    var isSearching: Bool { !query.text.trimmingWhitespace.isEmpty }

    var selectedMatch: Volunteer? { matches.indices.contains(selected) ? matches[selected] : nil }

    func name(of id: UUID) -> String {
        volunteers.first { $0.id == id }?.name ?? id.uuidString
    }

    /// Searches again after the query or the attendee list changed; the best match is
    /// selected, ready for Enter.
    mutating func refresh(excluding attendees: Set<UUID>) {
        selected = 0
        guard isSearching else {
            matches = []
            return
        }
        let volunteers = self.volunteers
        matches = Array(index.search(SearchQuery(query.text)).lazy
            .map { volunteers[$0] }
            .filter { !attendees.contains($0.id) }
            .prefix(AttendeeSearch.shownMatches))
    }

    mutating func moveSelection(by step: Int) {
        selected = min(max(0, selected + step), max(0, matches.count - 1))
    }

    mutating func clear() {
        query = TextField()
        matches = []
        selected = 0
    }
}
