import FrivilligCore
import TerminalUI

/// The emergency lookup (F2 or Ctrl-N from anywhere, `!` where no text is typed): type a
/// few letters, read every matching volunteer's emergency contacts with relation and
/// phone, without another key. Each hit says what tells them apart from others of the
/// same name (workplaces, birth year, address), and the words of the query may name any
/// of those, in any order. Anonymised records are no one to call and are left out.
public struct EmergencyLookup: Sendable {
    public var query = TextField()
    private var memo = VolunteerSearch()
    /// Positions into the register's volunteers, best match first.
    public var hits: [Int] { query.text.trimmingWhitespace.isEmpty ? [] : memo.hits }
    /// The first hit on screen, moved with ↑/↓ and PgUp/PgDn.
    public var scroll = 0

    mutating func search(_ index: VolunteerIndex) {
        memo.update(SearchQuery(query.text), in: index, includingAnonymised: false)
        scroll = 0
    }

    /// Searches again in a new register's index, keeping the place: the hits are
    /// positions, which a register with someone deleted (or erased) no longer matches.
    mutating func reindex(_ index: VolunteerIndex) {
        let place = scroll
        memo = VolunteerSearch()
        memo.update(SearchQuery(query.text), in: index, includingAnonymised: false)
        scroll = min(place, max(0, hits.count - 1))
    }
}
