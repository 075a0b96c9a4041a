import FrivilligCore

/// What a key did to a form, for the app to act on: keep it open, close it, or commit
/// the changes it produced (and close it once the commit succeeds).
public enum FormOutcome: Equatable {
    case stay
    case cancel
    case save([Change])
}
