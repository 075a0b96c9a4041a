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

    /// The width of each column when the table is `totalWidth` columns wide. Fixed and
    /// fitted columns get what they ask for first; flexible columns share the rest by
    /// weight. When even the fixed ones do not fit, columns are narrowed from the right,
    /// so the first (usually the name) stays readable longest.
    public func columnWidths(for totalWidth: Int) -> [Int] {
        let available = max(0, totalWidth - markerWidth - Table.gap * max(0, columns.count - 1))
        var widths = columns.indices.map { index -> Int in
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
        var excess = widths.reduce(0, +) - available
        for index in widths.indices.reversed() where excess > 0 {
            let cut = min(widths[index], excess)
            widths[index] -= cut
            excess -= cut
        }
        let weights = columns.map { column -> Int in
            if case .flexible(let weight) = column.width {
                return max(0, weight)
            }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        let leftover = max(0, -excess)
        guard totalWeight > 0 else {
            return widths
        }
        var remainder = leftover
        for index in widths.indices where weights[index] > 0 {
            let share = leftover * weights[index] / totalWeight
            widths[index] = share
            remainder -= share
        }
        for index in widths.indices where weights[index] > 0 && remainder > 0 {
            widths[index] += 1
            remainder -= 1
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
        for (index, column) in columns.enumerated() where x < line.maxX {
            let text = index < texts.count ? texts[index] : ""
            let cell = TextWidth.pad(text, to: widths[index], alignRight: column.alignment == .right)
            buffer.write(cell, x: x, y: line.y, style: style, maxWidth: line.maxX - x)
            x += widths[index] + Table.gap
        }
    }
}
