/// One column of a `Table`: its heading, how wide it may be and how its text lines up.
public struct TableColumn: Hashable, Sendable {
    /// How a column claims horizontal space when the table is fitted to its rectangle.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns, e.g. a date.
        case fixed(Int)
        /// As wide as its widest cell or title, but no wider than `maximum`, e.g. a
        /// phone number.
        case fit(maximum: Int)
        /// A share of whatever the other columns leave, in proportion to `weight`, e.g.
        /// a name that should use the rest of the screen.
        case flexible(weight: Int)
    }

    public enum Alignment: Hashable, Sendable {
        case left
        /// For numbers, so their digits line up.
        case right
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(_ title: String, width: Width = .flexible(weight: 1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
