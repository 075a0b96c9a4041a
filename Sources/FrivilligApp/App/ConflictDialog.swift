import FrivilligCore

/// Shown when a form's save collides with a save made meanwhile (another window, the
/// command line): both values of every field both changed, and the choice of which to
/// keep (`conflict.keepingMine` or `keepingTheirs`, none when the record was deleted
/// meanwhile). The form is kept underneath, so Esc goes back to it exactly as it was.
public struct ConflictDialog: Sendable {
    public let conflict: RevisionConflict
    let form: FormState
}
