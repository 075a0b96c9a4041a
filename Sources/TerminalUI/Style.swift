/// How a cell looks, independent of any terminal library, so screens can be tested
/// without a terminal and the backend decides how to show it.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    /// The terminal's default look; what blank cells have.
    public static let plain = Style()

    public init(
        foreground: Color = .default,
        background: Color = .default,
        bold: Bool = false,
        dim: Bool = false,
        reverse: Bool = false,
        underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// The same style with reverse video flipped: how a selection bar or a text cursor
    /// stands out on any terminal, with or without colours.
    public var inverted: Style {
        var style = self
        style.reverse.toggle()
        return style
    }
}
