import Foundation
import TerminalUI

/// The kind of input a form field is, with its editing state.
enum FormControl: Sendable {
    /// One line of typed text: names, phones, dates, comma-separated lists.
    case text(TextField)
    case choice(ChoiceControl)
    /// A yes/no item of a checklist, shown as [x] or [ ].
    case checkbox(Bool)
    /// The event form's search for volunteers to add as attendees.
    case attendeeSearch(AttendeeSearch)
    /// One attendee of an event, removable from the list.
    case attendee(UUID)

    /// What the field holds, to tell whether the form was changed; the attendee search
    /// holds nothing until a match is added.
    var value: FieldValue {
        switch self {
        case .text(let field): return .text(field.text)
        case .choice(let choice): return .choice(choice.selected)
        case .checkbox(let isOn): return .flag(isOn)
        case .attendeeSearch: return .none
        case .attendee(let id): return .attendee(id)
        }
    }

    var isFocusable: Bool {
        if case .choice(let choice) = self { return !choice.isLocked }
        return true
    }

    var isAttendee: Bool {
        if case .attendee = self { return true }
        return false
    }

    var isAttendeeSearch: Bool {
        if case .attendeeSearch = self { return true }
        return false
    }

    /// True when printable keys typed here are data (text, or a filter for the choices)
    /// rather than commands.
    var takesText: Bool {
        switch self {
        case .text, .choice, .attendeeSearch: return true
        case .checkbox, .attendee: return false
        }
    }
}

/// A field's content in comparable form.
enum FieldValue: Equatable, Sendable {
    case text(String)
    case choice([String])
    case flag(Bool)
    case attendee(UUID)
    case none
}
