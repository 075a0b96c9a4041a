import TerminalUI

/// Where a form's parts go across its box: the focus marker, the labels lined up in a
/// column, and the values after them.
struct FormColumns {
    let markerX: Int
    let labelX: Int
    let labelWidth: Int
    let valueX: Int
    /// One past the last column text may use.
    let maxX: Int

    /// Labels get the width of the longest one, but never more than half the room.
    init(inner: Rect, labels: [String]) {
        markerX = inner.x + 1
        labelX = markerX + 2
        maxX = inner.maxX - 1
        let widest = labels.map(TextWidth.width(of:)).max() ?? 0
        labelWidth = max(0, min(widest, (maxX - labelX) / 2))
        valueX = labelX + labelWidth + 2
    }

    var valueWidth: Int { max(0, maxX - valueX) }

    var textWidth: Int { max(0, maxX - labelX) }
}
