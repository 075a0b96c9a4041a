import Foundation
import FrivilligCore

/// A volunteer's change history as the runtime read it for their detail.
struct LoadedHistory {
    let volunteerID: UUID
    let entries: [HistoryEntry]
    /// A save came in after it was read: shown until the new reading arrives.
    var isStale = false
}
