import FrivilligCore
import TerminalUI

/// A form for adding or editing one record, shown by the app over the current screen.
///
/// A value: the app keeps it in its state, feeds it keys and draws it, and acts on the
/// `FormOutcome` of each key. Nothing is written until the form returns `.save`, and the
/// form stays open (showing the errors at their fields) when saving is refused.
public struct FormState: Sendable {
    /// The box's caption, e.g. "Ny frivillig" or "Rediger Søren Østergaard".
    public let title: String
    var fields: [FormField]
    var focus: Int
    var generalErrors: [String] = []
    var picker: ChoicePicker?
    var isConfirmingDiscard = false
    /// Whether the question about discarding came from Ctrl-C: yes then quits the program.
    var quitsOnDiscard = false
    let kind: FormKind
    let l10n: Localizer
    /// The clock and ids a saved new record is stamped with.
    let environment: AppEnvironment
    private let initialValues: [FieldValue]

    init(title: String, fields: [FormField], kind: FormKind, l10n: Localizer, environment: AppEnvironment, focusID: String? = nil) {
        self.title = title
        self.fields = fields
        self.kind = kind
        self.l10n = l10n
        self.environment = environment
        initialValues = fields.map(\.control.value)
        focus = fields.firstIndex { $0.id == focusID } ?? fields.firstIndex { $0.control.isFocusable } ?? 0
    }

    /// True while typed characters are data for the form (text, a filter, the answer to
    /// "discard?"), so the app must not read `!` or `q` as its own commands.
    public var isTextEntry: Bool { isConfirmingDiscard || keyMap.takesText }

    /// Whether anything differs from how the form was opened; only then is Esc asked about.
    var isChanged: Bool { fields.map(\.control.value) != initialValues }

    /// The keys that work in the current situation, for the app's status line.
    public var statusHint: String { keyMap.hint(l10n) }

    /// Shows why a commit of the form's changes was refused (e.g. the errors of
    /// `RegisterError.invalid`) at the fields they concern, and moves to the first one;
    /// the form stays open so they can be corrected.
    public mutating func show(_ errors: [FieldError]) {
        let values = FormValues(fields: fields, l10n: l10n)
        show(errors.map(values.message))
    }

    /// Replaces all shown errors with `messages` and focuses the first field concerned.
    mutating func show(_ messages: [FieldMessage]) {
        for i in fields.indices { fields[i].errors = [] }
        generalErrors = []
        for message in messages {
            if let i = message.fieldIndex {
                fields[i].errors.append(message.text)
            } else {
                generalErrors.append(message.text)
            }
        }
        picker = nil
        isConfirmingDiscard = false
        if let first = messages.compactMap(\.fieldIndex).filter({ fields[$0].control.isFocusable }).min() {
            focus = first
        }
    }

    /// How many errors are on show, for the line that says why the form did not close.
    var errorCount: Int { generalErrors.count + fields.reduce(0) { $0 + $1.errors.count } }
}
