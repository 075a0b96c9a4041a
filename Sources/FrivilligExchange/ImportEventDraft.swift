import Foundation
import FrivilligCore

/// A spreadsheet row read as a recognition event, from the columns its export writes.
/// Without an id, a row matches an existing event with the same title on the same date.
/// Attendees are volunteers by name, read as an agreement's volunteer is.
struct EventDraft: ImportDraft {
    var id: UUID?
    var revision: Int? { nil }
    var name: String
    var shownName: String
    var title: String?
    var date: Day?
    var kind: EventKind?
    var description: String?
    var attendeeIDs: [UUID]?
    var giftValue: String?
    var notes: String?

    init(_ r: inout ImportRowReader, known: [UUID: RecognitionEvent], volunteers: ImportNameIndex) {
        id = r.id()
        let current = id.flatMap { known[$0] }
        date = r.day(.date)
        if r.value(.date) == nil { r.fail(r.columns.header(.date) ?? "", "", .required) }
        kind = r.parsed(.eventKind, .eventKind) { EventKind(parsing: $0) }
        title = r.text(.title)
        name = title ?? ""
        shownName = name.isEmpty ? r.text(.date) ?? "" : name
        description = r.text(.description)
        attendeeIDs = r.links(.attendees, in: volunteers, current: current?.attendeeIDs ?? [])
        giftValue = r.text(.giftValue)
        notes = r.notes()
    }

    static func name(of e: RecognitionEvent) -> String { e.title }

    func matches(_ e: RecognitionEvent) -> Bool { date == e.date }

    func applied(to existing: RecognitionEvent?, now: Date) -> RecognitionEvent {
        var e = existing ?? RecognitionEvent(id: id ?? UUID(), date: date ?? Day(now), kind: kind ?? .other)
        if let title { e.title = title }
        if let date { e.date = date }
        if let kind { e.kind = kind }
        if let description { e.description = description }
        if let attendeeIDs { e.attendeeIDs = attendeeIDs }
        if let giftValue { e.giftValue = giftValue }
        if let notes { e.notes = notes }
        return e
    }

    static func touched(_ e: RecognitionEvent, now: Date) -> RecognitionEvent { e }

    static func put(_ e: RecognitionEvent) -> Change { .putEvent(e) }
}
