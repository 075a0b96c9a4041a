/// Which key table applies: the screen on top, as `AppState.keyScope` decides it.
enum KeyScope: Equatable, Sendable {
    case overview
    /// The statistics tab: bars to move between and open, a period and a workplace to change.
    case statistics
    /// A record list; `pushed` when it shows an overview line's records, so Esc and `q`
    /// go back to the overview rather than clearing a search or quitting.
    case list(ListKind, pushed: Bool)
    /// Typing a list's `/` search: keys not in the table are text.
    case search
    /// A record's detail, by the kind of record.
    case detail(ListKind)
}
