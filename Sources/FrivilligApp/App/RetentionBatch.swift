import FrivilligCore
import TerminalUI

/// `X` on the retention list: the marked rows (or the selected one), summed up in counts,
/// carried out together once their number is typed, as `frivillig retention --apply`
/// asks for it.
public struct RetentionBatch: Sendable {
    public let items: [Retention.Item]
    /// `RetentionSummary`'s lines, worked out once when the dialog opens rather than at
    /// every key typed into the number (it reads every volunteer's emergency contacts).
    public let summary: [String]
    public var typed = TextField()
    /// Set after Enter with anything but the number.
    public var wrongCount = false
    /// Set once carried out, to the row (from 0) and step under way.
    public var running: Running?

    public struct Running: Sendable {
        public var row: Int
        public var step: Store.ErasureStep?
    }

    public init(items: [Retention.Item], summary: [String]) {
        self.items = items
        self.summary = summary
    }

    /// True when the typed text is the number of rows.
    var confirms: Bool { typed.text.trimmingCharacters(in: .whitespaces) == String(items.count) }
}
