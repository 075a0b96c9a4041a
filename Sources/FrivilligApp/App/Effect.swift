import Foundation
import FrivilligCore

/// Work that `update` asks the runtime to do, so that `update` itself stays a pure
/// function of state and message that tests can drive without a disk or a terminal.
/// Each answer comes back as a `Message`.
public enum Effect: Equatable, Sendable {
    /// Save these changes through the store; the runtime answers with `.committed`. `base`
    /// holds the records as the changes were made from them (a form's record as it
    /// opened), when that is older than the register on screen.
    case commit([Change], base: Register? = nil)
    /// Save this welcome letter as a new file; the runtime answers with `.letterWritten`
    /// or `.letterFailed`.
    case writeLetter(WelcomeLetterRequest)
    /// Read the file the user named (a spreadsheet to import); answered with `.fileRead`.
    case readFile(String)
    /// Read a volunteer's change history for their detail; answered with `.historyLoaded`.
    case loadHistory(UUID)
    /// Find where a volunteer occurs, or anonymise or erase them, in every file of the
    /// store (`RemovalPerformer` does it); answered with `.removalPlanned` or `.removed`.
    case removal(RemovalRequest)
    /// Redraw every cell (Ctrl-L).
    case redraw
    case quit

    /// True for work that may take seconds on a large store (reading or rewriting every
    /// backup), before which the runtime draws the screen, so the dialog asking for it
    /// is on screen while it runs rather than after.
    public var takesAWhile: Bool {
        if case .removal = self { return true }
        return false
    }
}

/// What the runtime tells the app after performing an effect.
public enum CommitResult: Sendable {
    case saved(Register)
    /// A refused change (a conflict with a save made meanwhile among them): nothing was written.
    case refused(RegisterError)
    case failed([String])
}
