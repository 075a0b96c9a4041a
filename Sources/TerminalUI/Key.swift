/// A key press as the app sees it, whatever terminal or library produced it, so key
/// bindings can be written and tested without a terminal.
public enum Key: Hashable, Sendable {
    /// A printable character, including æøå and anything typed through an input method.
    case char(Character)
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    /// Control plus a letter, always lowercase: Ctrl-L is `.ctrl("l")`. Ctrl-I, Ctrl-J,
    /// Ctrl-M and Ctrl-H arrive as `.tab`, `.enter` and `.backspace` because terminals
    /// send the same bytes for them.
    case ctrl(Character)
    /// F1 is `.function(1)`.
    case function(Int)
    /// Text the user pasted, whole: the terminal marked it as a paste (bracketed paste),
    /// so it is data for the field with the focus, never a sequence of commands, even
    /// when it holds newlines or command letters. Line breaks arrive as "\n".
    case paste(String)
    /// The terminal changed size; the screen must be drawn again at the new size.
    case resize
    /// A key the terminal reported that has no meaning here (e.g. Ctrl-Shift-Left).
    case unknown
}
