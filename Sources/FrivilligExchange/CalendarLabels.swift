import FrivilligCore

/// The words a calendar export puts into events, in the user's language.
public struct CalendarLabels {
    /// X-WR-CALNAME, the name a calendar program gives the subscribed calendar.
    public var calendarName: String
    /// The event kind as a word ("udflugt"), used as CATEGORIES and as a title when none is set.
    public var kind: (EventKind) -> String
    /// A line for the description saying how many attended.
    public var attendees: (Int) -> String

    public init(calendarName: String, kind: @escaping (EventKind) -> String, attendees: @escaping (Int) -> String) {
        self.calendarName = calendarName
        self.kind = kind
        self.attendees = attendees
    }
}
