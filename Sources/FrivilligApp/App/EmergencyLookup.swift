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
}
