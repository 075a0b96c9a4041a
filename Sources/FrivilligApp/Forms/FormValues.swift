import Foundation
import FrivilligCore

/// Read access to a form's fields by id, for the code that turns them into a record, and
/// the bridge back: errors found while doing so become messages on the right fields.
struct FormValues {
    let fields: [FormField]
    let l10n: Localizer

    private func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    /// The text typed into a text field.
    func text(_ id: String) -> String { field(id)?.text ?? "" }

    /// The text of a field, trimmed and held to the rules every way in shares
    /// (`TextRules`), so a record that breaks them cannot be saved until it is corrected.
    func text(_ id: String, _ v: inout Validator) -> String {
        v.text(text(id), field: id)
    }

    /// A comma-separated text field as its non-empty, trimmed items.
    func list(_ id: String) -> [String] {
        text(id).split(whereSeparator: { $0 == "," || $0 == ";" })
            .map(\.trimmingWhitespace).filter { !$0.isEmpty }
    }

    /// A list field's items, each held to the field's rules.
    func list(_ id: String, _ v: inout Validator) -> [String] {
        v.list(list(id), field: id)
    }

    /// The id of a single choice; nil when "none" is chosen.
    func choice(_ id: String) -> String? {
        guard case .choice(let choice)? = field(id)?.control, let chosen = choice.selected.first,
              !chosen.isEmpty else { return nil }
        return chosen
    }

    func choices(_ id: String) -> [String] {
        guard case .choice(let choice)? = field(id)?.control else { return [] }
        return choice.selected
    }

    func uuid(_ id: String) -> UUID? { choice(id).flatMap(UUID.init(uuidString:)) }

    func flag(_ id: String) -> Bool {
        guard case .checkbox(let isOn)? = field(id)?.control else { return false }
        return isOn
    }

    /// The event's attendees, in list order.
    var attendees: [UUID] {
        fields.compactMap { if case .attendee(let id) = $0.control { return id } else { return nil } }
    }

    /// Where an error belongs: the field with its exact key, else a field answering to it
    /// whose text is the rejected value, else the first field answering to it; nil when
    /// no field does (the error is then shown above all fields).
    func index(of error: FieldError) -> Int? {
        if let exact = fields.firstIndex(where: { $0.id == error.field }) { return exact }
        let candidates = fields.indices.filter { fields[$0].answers(to: error.field) }
        let value = error.value.trimmingWhitespace
        return candidates.first { fields[$0].text.trimmingWhitespace == value } ?? candidates.first
    }

    /// An error in words, naming the field as the form labels it.
    func message(_ error: FieldError) -> FieldMessage {
        let index = index(of: error)
        let label = index.map { fields[$0].messageLabel }
        return FieldMessage(fieldIndex: index, text: l10n.fieldError(error, fieldLabel: label))
    }

    /// A message for a field that a `FieldError` rule cannot express.
    func message(_ id: String, _ text: String) -> FieldMessage {
        FieldMessage(fieldIndex: fields.firstIndex { $0.id == id }, text: text)
    }

    func label(_ id: String) -> String { field(id)?.messageLabel ?? id }

    /// The changes, or the messages of everything rejected when there is anything.
    func result(_ validator: Validator, extra: [FieldMessage] = [], changes: () -> [Change]) -> FormBuild {
        let messages = validator.errors.map(message) + extra
        return messages.isEmpty ? .changes(changes()) : .invalid(messages)
    }
}

/// A sentence to show with a field (or above the form when `fieldIndex` is nil).
struct FieldMessage: Sendable {
    let fieldIndex: Int?
    let text: String
}

/// What saving a form produced.
enum FormBuild {
    case changes([Change])
    case invalid([FieldMessage])
}
