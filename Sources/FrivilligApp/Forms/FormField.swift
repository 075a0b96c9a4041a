import TerminalUI

/// One labelled input of a form, with the errors found in it on the last save.
struct FormField: Sendable {
    /// The key errors are filed under: the `FieldError` field name (`phone`), with a row
    /// number (`emergency-phone.2`) where a form repeats a field.
    let id: String
    let label: String
    /// The label inside error messages, where the short label alone would be ambiguous
    /// ("Pårørende 2 – Telefon" rather than "Telefon").
    let messageLabel: String
    let isRequired: Bool
    /// A heading drawn above the field, starting a group such as an emergency contact.
    var section: String?
    var control: FormControl
    var errors: [String] = []

    init(_ id: String, _ label: String, control: FormControl, section: String? = nil,
         messageLabel: String? = nil, isRequired: Bool = false) {
        self.id = id
        self.label = label
        self.messageLabel = messageLabel ?? label
        self.isRequired = isRequired
        self.section = section
        self.control = control
    }

    static func text(_ id: String, _ label: String, _ text: String, section: String? = nil,
                     messageLabel: String? = nil, isRequired: Bool = false) -> FormField {
        FormField(id, label, control: .text(TextField(text: text)), section: section,
                  messageLabel: messageLabel, isRequired: isRequired)
    }

    static func choice(_ id: String, _ label: String, _ choice: ChoiceControl, section: String? = nil) -> FormField {
        FormField(id, label, control: .choice(choice), section: section)
    }

    static func checkbox(_ id: String, _ label: String, _ isOn: Bool, section: String? = nil) -> FormField {
        FormField(id, label, control: .checkbox(isOn), section: section)
    }

    /// Whether an error with `field` belongs here: the same key, or the same key with
    /// this field's row number.
    func answers(to field: String) -> Bool {
        id == field || id.hasPrefix(field + ".")
    }

    /// The text typed here, or "" for controls without text.
    var text: String {
        if case .text(let field) = control { return field.text }
        return ""
    }
}
