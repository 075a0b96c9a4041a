import Foundation
import FrivilligCore
import TerminalUI

/// The "add attendee" field of the event form: what is typed is searched among the
/// volunteers the Danish-aware way (`soeren` finds Søren, words in any order and in any
/// field, so `søren kildebakken` finds the one at that workplace), and the best few that
/// are not attending yet are offered to pick from, each with what tells them apart from
/// others of the same name. Anonymised records are no one to add and are not offered.
struct AttendeeSearch: Sendable {
    /// How many matches are listed under the field.
    static let shownMatches = 5

    var query = TextField()
    private(set) var matches: [Volunteer] = []
    private(set) var selected = 0
    private let volunteers: [Volunteer]
    private let workplaceNames: [UUID: String]
    private let index: VolunteerIndex

    init(register: Register) {
        volunteers = register.volunteers
        workplaceNames = register.workplaceNames
        index = VolunteerIndex(register.volunteers, workplaceNames: workplaceNames)
    }

    var isSearching: Bool { !query.text.trimmingWhitespace.isEmpty }

    var selectedMatch: Volunteer? { matches.indices.contains(selected) ? matches[selected] : nil }

    func name(of id: UUID) -> String {
        volunteers.first { $0.id == id }?.name ?? id.uuidString
    }

    /// The line a match is offered on: "Søren Østergaard  +45 20 12 34 56  Dagcenter
    /// Kildebakken · f. 1956 · 4690 Haslev".
    func line(_ match: Volunteer, l10n: Localizer) -> String {
        let phone = match.primaryPhone.map { "  " + Phone.display($0) } ?? ""
        let particulars = l10n.particulars(Particulars(match, workplaceNames: workplaceNames))
        return match.name + phone + (particulars.isEmpty ? "" : "  " + particulars)
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
        matches = Array(index.search(SearchQuery(query.text), includingAnonymised: false).lazy
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
