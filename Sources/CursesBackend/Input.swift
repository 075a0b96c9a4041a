import TerminalUI

/// What one read from the keyboard produced. A closed input is told apart from a
/// timeout so the app loop can quit when the terminal goes away instead of spinning.
public enum Input: Hashable, Sendable {
    case key(Key)
    /// No key arrived within the timeout; a chance to do periodic work.
    case timeout
    /// Standard input reached end of file or failed (e.g. the terminal hung up); no more
    /// keys will come.
    case closed
}
