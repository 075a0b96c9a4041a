import FrivilligCore

/// What a key did to a form, for the app to act on: keep it open, close it, or commit
/// the changes it produced (and close it once the commit succeeds), with the record as
/// the form opened it (`base`) for the store to merge with anything saved meanwhile.
public enum FormOutcome: Equatable {
    case stay
    case cancel
    /// Leave the program (Ctrl-C, with any changes given up after asking).
    case quit
    case save([Change], base: Register)
}
