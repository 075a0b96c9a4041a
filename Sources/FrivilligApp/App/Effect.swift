import FrivilligCore

/// Work that `update` asks the runtime to do, so that `update` itself stays a pure
/// function of state and key that tests can drive without a disk or a terminal.
public enum Effect: Equatable, Sendable {
    /// Save these changes through the store; the runtime answers with `committed`.
    case commit([Change])
    /// Save this welcome letter as a new file; the runtime answers with `letterWritten` or `letterFailed`.
    case writeLetter(WelcomeLetterRequest)
    /// Redraw every cell (Ctrl-L).
    case redraw
    case quit
}

/// What the runtime tells the app after performing an effect.
public enum CommitResult: Sendable {
    case saved(Register)
    /// A refused change: messages to show; nothing was written.
    case refused(RegisterError)
    case failed([String])
}
