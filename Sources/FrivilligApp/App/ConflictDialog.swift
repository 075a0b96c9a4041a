import FrivilligCore
import TerminalUI

/// Shown when a form's save collides with a save made meanwhile (another window, the
/// command line): both values of every field both changed, and the choice of which to
/// keep. The form is kept underneath, so Esc goes back to it exactly as it was.
public struct ConflictDialog: Sendable {
    public let conflict: RevisionConflict
    let form: FormState

    /// The save that keeps this form's values in the conflicting fields (`1`) or the ones
    /// saved meanwhile (`2`); both carry everything else merged. None when the record was
    /// deleted meanwhile: a delete is newer than any edit.
    func choice(_ key: Key) -> Change? {
        switch key {
        case .char("1"): return conflict.keepingMine
        case .char("2"): return conflict.keepingTheirs
        default: return nil
        }
    }
}
