import FrivilligCore
import TerminalUI

/// The emergency lookup (`!`): type a few letters, read every matching volunteer's
/// emergency contacts with relation and phone, without another key.
public struct EmergencyLookup: Sendable {
    public var query = TextField()
    private var memo = VolunteerSearch()
    /// Positions into the register's volunteers, best match first.
    public var hits: [Int] { query.text.trimmingWhitespace.isEmpty ? [] : memo.hits }
    /// The first hit on screen, moved with ↑/↓ and PgUp/PgDn.
    public var scroll = 0

    mutating func search(_ index: VolunteerIndex) {
        memo.update(SearchQuery(query.text), in: index)
        scroll = 0
    }

    /// Searches again in a new register's index, keeping the place: the hits are
    /// positions, which a register with someone deleted (or erased) no longer matches.
    mutating func reindex(_ index: VolunteerIndex) {
        let place = scroll
        memo = VolunteerSearch()
        memo.update(SearchQuery(query.text), in: index)
        scroll = min(place, max(0, hits.count - 1))
    }
}
