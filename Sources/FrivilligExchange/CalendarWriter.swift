import Foundation
import FrivilligCore

/// Writes recognition events as an iCalendar file (RFC 5545) a calendar program can import.
///
/// Events are about days, so each is an all-day event: `DTSTART;VALUE=DATE` and an
/// exclusive `DTEND` the day after. The UID is the event's own id in lower case followed
/// by `@frivillig` (`uid(of:)`), so importing a later export updates the events instead
/// of duplicating them. Attendees are only counted: a calendar is often shared or
/// synchronised, and names are personal data.
///
/// The file has no `METHOD`: it is a calendar to import, not an iTIP message (RFC 5546),
/// and libical's iTIP check refuses a `METHOD:PUBLISH` without an `ORGANIZER`, whom the
/// register has no address for.
public struct CalendarWriter {
    public let labels: CalendarLabels
    /// When the export was made, written as each event's DTSTAMP (required by RFC 5545).
    public let now: Date

    public static let productID = "-//Frivillig//Frivillig 0.1.0//DA"

    public init(labels: CalendarLabels, now: Date) {
        self.labels = labels
        self.now = now
    }

    /// The whole calendar, the events in the order given.
    public func write(_ events: [RecognitionEvent]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + CalendarWriter.productID,
            "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + ContentLine.escape(labels.calendarName),
        ]
        for e in events { lines += eventLines(e) }
        lines.append("END:VCALENDAR")
        return lines.map(ContentLine.fold).joined()
    }

    func eventLines(_ e: RecognitionEvent) -> [String] {
        let kind = labels.kind(e.kind)
        let title = e.title.trimmingWhitespace.isEmpty ? kind : e.title
        var description = e.description.trimmingWhitespace
        if !e.attendeeIDs.isEmpty {
            description += (description.isEmpty ? "" : "\n\n") + labels.attendees(e.attendeeIDs.count)
        }
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + CalendarWriter.uid(of: e),
            "DTSTAMP:" + CalendarWriter.utcStamp(now),
            "DTSTART;VALUE=DATE:" + CalendarWriter.basic(e.date),
            "DTEND;VALUE=DATE:" + CalendarWriter.basic(e.date.adding(days: 1)),
            "SUMMARY:" + ContentLine.escape(title),
        ]
        if !description.isEmpty { lines.append("DESCRIPTION:" + ContentLine.escape(description)) }
        lines += ["CATEGORIES:" + ContentLine.escape(kind), "TRANSP:TRANSPARENT", "END:VEVENT"]
        return lines
    }

    /// An event's UID: its id in lower case and `@frivillig`, the form every export has
    /// written, so the events a calendar already holds are updated, not doubled.
    public static func uid(of event: RecognitionEvent) -> String {
        event.id.uuidString.lowercased() + "@frivillig"
    }

    /// `yyyymmdd`, the DATE form of RFC 5545.
    static func basic(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// `yyyymmddThhmmssZ` in UTC.
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
