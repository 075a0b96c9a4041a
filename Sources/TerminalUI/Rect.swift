/// A rectangle of terminal cells, used to hand each widget the area it may draw in.
///
/// Sizes never go negative: splitting or insetting more than there is yields an empty
/// rectangle, so layout code on a tiny terminal degrades instead of crashing.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Nothing can be drawn in an empty rectangle; widgets check this before drawing.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// One past the right-most column.
    public var maxX: Int { x + width }

    /// One past the bottom row.
    public var maxY: Int { y + height }

    /// Shrinks on every side, e.g. to keep a dialog's content off its frame.
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// Shrinks left and right by `horizontal`, top and bottom by `vertical`.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical,
             width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// Takes `rows` rows off the top (e.g. a title bar) and returns them and the rest.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// Takes `rows` rows off the bottom (e.g. a status bar) and returns them and the rest.
    public func splitBottom(_ rows: Int) -> (bottom: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: maxY - taken, width: width, height: taken),
                Rect(x: x, y: y, width: width, height: height - taken))
    }

    /// Takes `columns` columns off the left (e.g. a list beside a detail pane) and
    /// returns them and the rest.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let taken = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: taken, height: height),
                Rect(x: x + taken, y: y, width: width - taken, height: height))
    }

    /// A rectangle of the given size centred inside this one, clipped to fit: where a
    /// dialog goes.
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(max(0, width), self.width)
        let h = min(max(0, height), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// The part of this rectangle that is also inside `other`.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }
}
