/// One column of a `Table`: its heading, how wide it may be, how its text lines up, and
/// how soon it goes when the window is too narrow for every column.
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
    /// 0 for a column that always shows (the name); otherwise the higher, the sooner
    /// it is left out of a narrow table, so the columns are ranked once, where declared.
    public var priority: Int
    /// A flexible column gets no more than this, so a wide window shows further columns
    /// instead of a name 66 characters wide; nil for no limit.
    public var maximum: Int?
    /// Below this width a column that may go (`priority` > 0) is left out rather than cut.
    public var minimum: Int

    public init(_ title: String, width: Width = .flexible(weight: 1), alignment: Alignment = .left,
                priority: Int = 0, maximum: Int? = nil, minimum: Int = 6) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.priority = priority
        self.maximum = maximum
        self.minimum = minimum
    }
}
