/// What a key does in a form; `FormState.perform(_:)` carries it out.
enum FormAction: Equatable, Sendable {
    /// Tab and Shift-Tab go round; ↓ and ↑ stop at the last and first field.
    case nextField, previousField, fieldBelow, fieldAbove
    case save
    /// Close the form, asking first when something was changed.
    case cancel
    /// A choice field: open its list, or step to the next or previous option.
    case openPicker, nextOption, previousOption
    case toggle
    case removeAttendee
    /// The attendee search's matches: move, add the selected one, clear the query.
    case matchUp, matchDown, addMatch, clearSearch
    /// An open choice list.
    case pickerUp, pickerDown, pickerPageUp, pickerPageDown, pick, tick, closePicker
    /// A list of many being filtered: tick the highlighted option and empty the filter for
    /// the next, or only empty it.
    case tickAndClearFilter, clearFilter
    /// The answer to "discard the changes?".
    case discard, keepEditing
    /// `?` help listing the keys of the focused field; the app opens it.
    case help
}
