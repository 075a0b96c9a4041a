/// Which of the form's key tables applies: the focused field's kind, or the open list,
/// or the question about discarding, as `FormState.keyScope` decides it.
enum FormKeyScope: Equatable, Sendable {
    case text
    case choice(many: Bool)
    case checkbox
    /// The event form's attendee search; `searching` once something is typed.
    case attendeeSearch(searching: Bool)
    case attendee
    /// An open list; `filtering` once a filter is typed, when Space is text.
    case picker(many: Bool, filtering: Bool)
    case discard
}
