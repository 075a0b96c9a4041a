/// A value the user typed that cannot be stored, with enough to say where and why.
///
/// Carries no sentence: the interface renders it in the user's language, naming the
/// field and the accepted forms.
public struct FieldError: Error, Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        case required
        case phone
        case email
        case date
        case eventKind
        case status
        /// A reference to a record that does not exist, or is ambiguous.
        case reference
        /// Text `TextRules` refuses for this field: a control character, a line break
        /// in a one-line field, a CPR number.
        case text(TextViolation)
    }

    /// The field's stable key, e.g. `phone`, `emergency-phone`, `start-date`.
    public var field: String
    public var value: String
    public var rule: Rule

    public init(field: String, value: String, rule: Rule) {
        self.field = field
        self.value = value
        self.rule = rule
    }
}
