/// One column of the screen.
///
/// A wide character (CJK, emoji) covers two columns: its text lives in the first cell
/// and the second is a continuation cell with no text of its own, so that every column
/// of a `Buffer` maps to exactly one terminal column.
public struct Cell: Hashable, Sendable {
    /// What is drawn in this column: one spacing scalar plus any combining marks after
    /// it, already sanitized. Empty for a continuation cell.
    public var text: String
    public var style: Style
    /// True for the right half of a wide character; the backend draws nothing there.
    public var isContinuation: Bool

    public init(text: String, style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty column.
    public static let blank = Cell(text: " ")

    /// A space in the given style, e.g. what is left when half a wide character is
    /// overwritten.
    public static func blank(_ style: Style) -> Cell {
        Cell(text: " ", style: style)
    }
}
