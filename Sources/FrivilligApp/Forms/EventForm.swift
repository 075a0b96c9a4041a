import Foundation
import FrivilligCore

/// The fields of the recognition-event form, and the event they make.
///
/// Built for logging a whole group quickly: date and kind come filled in, the attendees
/// marked in the list are already on it, and more are added by typing a few letters.
enum EventForm {
    static func fields(_ e: RecognitionEvent?, attendees: [UUID], register: Register, today: Day, l10n: Localizer) -> [FormField] {
        let kinds = EventKind.allCases.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.eventKind($0)) }
        let search = AttendeeSearch(register: register)
        var unique: [UUID] = []
        for id in attendees where !unique.contains(id) { unique.append(id) }
        return [
            .text("date", l10n.field("date"), l10n.date(e?.date ?? today), isRequired: true),
            .choice("kind", l10n.field("kind"), ChoiceControl(options: kinds, selected: (e?.kind ?? .gathering).rawValue)),
            .text("title", l10n.field("title"), e?.title ?? "", isRequired: true),
            .text("description", l10n.field("description"), e?.description ?? ""),
            .text("gift-value", l10n.field("gift-value"), e?.giftValue ?? ""),
            .text("notes", l10n.field("notes"), e?.notes ?? ""),
            FormField("attendee-search", l10n(.formAddAttendee), control: .attendeeSearch(search),
                      section: l10n(.formAttendees, unique.count)),
        ] + unique.map { attendee($0, name: search.name(of: $0)) }
    }

    static func attendee(_ id: UUID, name: String) -> FormField {
        FormField("attendee", name, control: .attendee(id))
    }

    static func build(_ values: FormValues, original: RecognitionEvent?, _ environment: AppEnvironment) -> FormBuild {
        var v = Validator()
        let date = v.day(values.text("date"), field: "date", required: true)
        let title = v.name(values.text("title"), field: "title")
        let kind = values.choice("kind").flatMap(EventKind.init(rawValue:)) ?? .gathering
        let description = values.text("description", &v), giftValue = values.text("gift-value", &v)
        let notes = values.text("notes", &v)
        return values.result(v) {
            [.putEvent(RecognitionEvent(
                id: original?.id ?? environment.newID(), date: date!, kind: kind, title: title, description: description,
                attendeeIDs: values.attendees, giftValue: giftValue, notes: notes))]
        }
    }
}
