extension Buffer {
    /// The screen a test expects, written as the text a person reads off it (as ratatui's
    /// `Buffer::with_lines`), so a whole screen can be stated and compared in one go.
    ///
    /// Each line is drawn from column 0 as `write` draws it, so a wide character takes two
    /// columns, and is padded with plain blanks to `width` (the widest line unless given),
    /// so trailing spaces need not be typed. `styles` gives, per row, one `legend` letter
    /// per column; a space, the end of the row, or a row not given means plain. A wide
    /// character takes the style of its first column.
    public init(lines: [String], styles: [String] = [], legend: StyleLegend = [:], width: Int? = nil) {
        let widest = (lines.map { TextWidth.width(of: TextWidth.sanitize($0)) } + styles.map(\.count)).max() ?? 0
        let width = width ?? widest
        precondition(widest <= width, "a line is wider than \(width) columns")
        precondition(styles.count <= lines.count, "\(styles.count) rows of styles for \(lines.count) lines")
        self.init(width: width, height: lines.count)
        for (y, line) in lines.enumerated() {
            write(line, x: 0, y: y)
        }
        for (y, row) in styles.enumerated() {
            for (x, letter) in row.enumerated() where !self[x, y].isContinuation {
                guard let style = legend.style(for: letter) else {
                    preconditionFailure("style letter \(letter) in row \(y) is not in the legend")
                }
                setStyle(Rect(x: x, y: y, width: 1, height: 1), style: style)
            }
        }
    }

    /// The styles of each row as letters, one per column with trailing spaces removed: the
    /// counterpart of `lines` for what `init(lines:styles:legend:width:)` reads back. A
    /// style the legend lacks gets a new letter in it.
    public func styleLines(legend: inout StyleLegend) -> [String] {
        (0 ..< height).map { y in
            var row = String((0 ..< width).map { legend.letter(for: self[$0, y].style) })
            while row.hasSuffix(" ") {
                row.removeLast()
            }
            return row
        }
    }
}
