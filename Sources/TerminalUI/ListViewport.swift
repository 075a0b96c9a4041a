/// Which rows of a long list are on screen and which one is selected.
///
/// Pure arithmetic kept apart from drawing so that paging at the edges (empty list, one
/// row, exactly one page) can be tested exhaustively. Every change re-establishes the
/// same rules: the selection is a valid row, it is visible, and no rows are wasted below
/// the end of the list.
public struct ListViewport: Hashable, Sendable {
    /// Number of rows in the list; when it shrinks the selection and scroll follow.
    public var count: Int {
        get { storedCount }
        set { storedCount = newValue; clamp() }
    }
    /// Rows that fit on screen; when the terminal is resized the selection stays visible.
    public var height: Int {
        get { storedHeight }
        set { storedHeight = newValue; clamp() }
    }
    /// The selected row; 0 when the list is empty (check `isEmpty` first).
    public var selected: Int {
        get { storedSelected }
        set { storedSelected = newValue; clamp() }
    }
    /// The first row on screen.
    public private(set) var top = 0

    private var storedCount: Int
    private var storedHeight: Int
    private var storedSelected: Int

    public init(count: Int = 0, height: Int = 1, selected: Int = 0) {
        storedCount = count
        storedHeight = height
        storedSelected = selected
        clamp()
    }

    /// Nothing to select: screens show an empty-list message instead.
    public var isEmpty: Bool { count <= 0 }

    /// The rows to draw, from `top`; never past the end of the list.
    public var visibleRange: Range<Int> {
        top ..< min(count, top + height)
    }

    /// How far one page moves; at least one row so paging always makes progress.
    private var pageSize: Int { max(1, height) }

    public mutating func moveUp() {
        selected -= 1
    }

    public mutating func moveDown() {
        selected += 1
    }

    /// Scrolls a page up and moves the selection with it, stopping at the first row.
    public mutating func pageUp() {
        top = max(0, top - pageSize)
        selected -= pageSize
    }

    /// Scrolls a page down and moves the selection with it, stopping at the last row.
    public mutating func pageDown() {
        top = min(maxTop, top + pageSize)
        selected += pageSize
    }

    public mutating func home() {
        selected = 0
    }

    public mutating func end() {
        selected = count - 1
    }

    /// The largest `top` that still fills the screen.
    private var maxTop: Int { max(0, count - max(0, height)) }

    /// Restores the rules after any change.
    private mutating func clamp() {
        storedCount = max(0, storedCount)
        storedHeight = max(0, storedHeight)
        storedSelected = min(max(0, storedSelected), max(0, storedCount - 1))
        if storedSelected < top {
            top = storedSelected
        } else if storedHeight > 0 && storedSelected >= top + storedHeight {
            top = storedSelected - storedHeight + 1
        }
        top = min(max(0, top), maxTop)
    }
}
