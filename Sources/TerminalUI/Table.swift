/// A list of records drawn as aligned columns under a header, with the selected row in
/// reverse video and marked rows flagged with "*" in a narrow first column.
///
/// Column widths are measured in display columns, so a name with æøå, a CJK name and an
/// emoji all keep the next column straight. The table only draws; which row is selected
/// and which rows are on screen comes from a `ListViewport` the screen keeps.
public struct Table: Sendable {
    public var columns: [TableColumn]
    /// The cell texts, one array per row, in column order; missing cells draw empty.
    public var rows: [[String]]
    /// Indices of rows flagged for a bulk action (e.g. marked with space).
    public var marked: Set<Int>
    /// Whether to reserve the marker column; kept even when nothing is marked so the
    /// columns do not jump when the first row is marked.
    public var showsMarkers: Bool
    public var headerStyle: Style
    public var rowStyle: Style
    public var selectedStyle: Style

    /// Blank columns between two table columns.
    public static let gap = 1

    public init(
        columns: [TableColumn],
        rows: [[String]],
        marked: Set<Int> = [],
        showsMarkers: Bool = true,
        headerStyle: Style = Style(bold: true),
        rowStyle: Style = .plain,
        selectedStyle: Style = Style(reverse: true)
    ) {
        self.columns = columns
        self.rows = rows
        self.marked = marked
        self.showsMarkers = showsMarkers
        self.headerStyle = headerStyle
        self.rowStyle = rowStyle
        self.selectedStyle = selectedStyle
    }

    /// Rows of data that fit in `rect` below the header: the height to give the
    /// `ListViewport` that drives this table.
    public static func bodyHeight(in rect: Rect) -> Int {
        max(0, rect.height - 1)
    }

    /// Columns taken by the marker and its gap, when shown.
    private var markerWidth: Int { showsMarkers ? 1 + Table.gap : 0 }

    /// The width each column asks for before flexible ones share the rest: fixed and
    /// fitted columns their width, flexible ones none.
    private func askedWidth(_ index: Int) -> Int {
        switch columns[index].width {
        case .fixed(let width):
            return max(0, width)
        case .fit(let maximum):
            let widest = rows.reduce(TextWidth.width(of: columns[index].title)) { widest, row in
                index < row.count ? max(widest, TextWidth.width(of: row[index])) : widest
            }
            return min(max(0, maximum), widest)
        case .flexible:
            return 0
        }
    }

    /// The columns shown at `totalWidth`: while the shown ones' widths (a flexible
    /// column counted at its `minimum`) do not fit, the one with the highest `priority`
    /// goes, the rightmost of equals first; columns of priority 0 always stay.
    public func shownColumns(for totalWidth: Int) -> [Int] {
        var shown = Array(columns.indices)
        let needed = { (indices: [Int]) -> Int in
            indices.reduce(0) { sum, i in
                if case .flexible = columns[i].width { return sum + columns[i].minimum }
                return sum + askedWidth(i)
            } + Table.gap * max(0, indices.count - 1) + markerWidth
        }
        while needed(shown) > totalWidth {
            guard let drop = shown.filter({ columns[$0].priority > 0 })
                .max(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) else { break }
            shown.removeAll { $0 == drop }
        }
        return shown
    }

    /// The width of each column when the table is `totalWidth` columns wide; 0 for a
    /// column left out (see `shownColumns`). Fixed and fitted columns get what they ask
    /// for first; flexible columns share the rest by weight, each up to its `maximum`.
    /// When even the fixed ones do not fit, columns are narrowed from the right, so the
    /// first (usually the name) stays readable longest.
    public func columnWidths(for totalWidth: Int) -> [Int] {
        let shown = shownColumns(for: totalWidth)
        let available = max(0, totalWidth - markerWidth - Table.gap * max(0, shown.count - 1))
        var widths = columns.indices.map { shown.contains($0) ? askedWidth($0) : 0 }
        var excess = widths.reduce(0, +) - available
        for index in widths.indices.reversed() where excess > 0 {
            let cut = min(widths[index], excess)
            widths[index] -= cut
            excess -= cut
        }
        var open = shown.filter { index in
            if case .flexible(let weight) = columns[index].width { return weight > 0 }
            return false
        }
        var leftover = max(0, -excess)
        while leftover > 0, !open.isEmpty {
            let weights = open.map { index -> Int in
                if case .flexible(let weight) = columns[index].width { return weight }
                return 0
            }
            let totalWeight = weights.reduce(0, +)
            var given = 0
            var shares = zip(open, weights).map { index, weight -> (Int, Int) in
                let share = leftover * weight / totalWeight
                given += share
                return (index, share)
            }
            for i in shares.indices where given < leftover {
                shares[i].1 += 1
                given += 1
            }
            var capped: [Int] = []
            var spare = 0
            for (index, share) in shares {
                let room = columns[index].maximum.map { $0 - widths[index] } ?? Int.max
                widths[index] += min(share, room)
                if share >= room {
                    spare += share - room
                    capped.append(index)
                }
            }
            open.removeAll(where: capped.contains)
            leftover = capped.isEmpty ? 0 : spare
        }
        return widths
    }

    /// Draws the header on the first row of `rect` and the rows in `viewport.visibleRange`
    /// below it. The viewport's height should be `Table.bodyHeight(in: rect)`.
    public func render(into buffer: inout Buffer, in rect: Rect, viewport: ListViewport) {
        guard !rect.isEmpty else {
            return
        }
        let widths = columnWidths(for: rect.width)
        let (header, body) = rect.splitTop(1)
        buffer.fill(header, style: headerStyle)
        drawCells(columns.map(\.title), marker: " ", widths: widths, in: header, style: headerStyle, into: &buffer)
        buffer.fill(body, style: rowStyle)
        for (offset, index) in viewport.visibleRange.enumerated() where offset < body.height && index < rows.count {
            let line = Rect(x: body.x, y: body.y + offset, width: body.width, height: 1)
            let style = index == viewport.selected ? selectedStyle : rowStyle
            buffer.fill(line, style: style)
            drawCells(rows[index], marker: marked.contains(index) ? "*" : " ", widths: widths, in: line, style: style, into: &buffer)
        }
    }

    /// Draws one row's texts, each padded to its column, within the one-row `line`.
    private func drawCells(_ texts: [String], marker: String, widths: [Int], in line: Rect, style: Style, into buffer: inout Buffer) {
        var x = line.x
        if showsMarkers {
            buffer.write(marker, x: x, y: line.y, style: style, maxWidth: line.maxX - x)
            x += markerWidth
        }
        for (index, column) in columns.enumerated() where x < line.maxX && widths[index] > 0 {
            let text = index < texts.count ? texts[index] : ""
            let cell = TextWidth.pad(text, to: widths[index], alignRight: column.alignment == .right)
            buffer.write(cell, x: x, y: line.y, style: style, maxWidth: line.maxX - x)
            x += widths[index] + Table.gap
        }
    }
}
