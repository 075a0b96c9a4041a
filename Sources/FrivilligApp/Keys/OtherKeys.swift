/// What a key table does with a key it does not list: nothing, text for the field that
/// has the cursor, or one action for any key ("any key closes").
enum OtherKeys<Action: Sendable>: Sendable {
    case ignored
    /// Typed into the text being edited; `hint` is the status line's item at `position`
    /// (first unless the screen has always said it later: "↑↓ flyt · skriv filtrerer").
    case text(hint: TextKey?, position: Int = 0)
    /// Any other key does `action`; `help` says so in `?` and `hint` on the status line.
    case any(Action, help: TextKey, hint: TextKey)
}
