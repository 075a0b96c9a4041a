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
    /// Redraw every cell (Ctrl-L).
    case redraw
    case quit
}

/// What the runtime tells the app after performing an effect.
public enum CommitResult: Sendable {
    case saved(Register)
    /// A refused change (a conflict with a save made meanwhile among them): nothing was written.
    case refused(RegisterError)
    case failed([String])
}
