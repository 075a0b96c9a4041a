/// A grid of cells that a screen draws into, independent of any terminal.
///
/// Screens render into a Buffer and tests compare its `lines`; the backend then sends
/// only the cells that differ from the previous frame. Text written here is sanitized,
/// clipped to the buffer and measured in display columns, so a widget cannot corrupt the
/// terminal or spill outside the area it was given.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// A buffer of blank cells; negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle, the starting point of every layout.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; both must be inside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(contains(x: x, y: y), "cell (\(x), \(y)) outside \(width)x\(height) buffer")
        return cells[y * width + x]
    }

    private func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Draws text from (x, y) rightwards and returns the number of columns it covered.
    ///
    /// The text is sanitized first. It stops at the right edge of the buffer and after
    /// `maxWidth` columns; a wide character that would only half fit leaves a space in
    /// the last column instead. Text never wraps to the next row.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        let limit = min(width - x, maxWidth ?? Int.max)
        guard y >= 0 && y < height && limit > 0 else {
            return 0
        }
        var used = 0
        var lastLead: Int?
        for character in TextWidth.sanitize(text) {
            let w = TextWidth.width(of: character)
            if w == 0 {
                if let lead = lastLead {
                    cells[y * width + lead].text.unicodeScalars.append(contentsOf: character.unicodeScalars)
                }
                continue
            }
            if used + w > limit {
                for column in x + used ..< x + limit {
                    place(.blank(style), width: 1, x: column, y: y)
                }
                used = limit
                break
            }
            for (text, cellWidth) in Buffer.columns(of: character) {
                let column = x + used
                place(Cell(text: text, style: style), width: cellWidth, x: column, y: y)
                lastLead = column >= 0 ? column : nil
                used += cellWidth
            }
        }
        return used
    }

    /// Splits a Character into the cells it occupies: each spacing scalar starts a cell
    /// and the zero-width scalars after it join that cell, matching how ncurses advances.
    private static func columns(of character: Character) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for scalar in character.unicodeScalars {
            let w = TextWidth.width(of: scalar)
            if w == 0, !result.isEmpty {
                result[result.count - 1].0.unicodeScalars.append(scalar)
            } else if w > 0 {
                result.append((String(scalar), w))
            }
        }
        return result
    }

    /// Puts a cell of `width` columns at (x, y), keeping wide characters whole: any wide
    /// character it partly covers is replaced by blanks. Columns outside are skipped.
    private mutating func place(_ cell: Cell, width cellWidth: Int, x: Int, y: Int) {
        for column in x ..< x + cellWidth where column >= 0 && column < width {
            breakWideCharacter(at: column, y: y)
        }
        if cellWidth == 2 && (x < 0 || x + 1 >= width) {
            for column in x ..< x + 2 where column >= 0 && column < width {
                cells[y * width + column] = .blank(cell.style)
            }
            return
        }
        guard x >= 0 && x < width else {
            return
        }
        cells[y * width + x] = cell
        if cellWidth == 2 {
            cells[y * width + x + 1] = Cell(text: "", style: cell.style, isContinuation: true)
        }
    }

    /// Before column `x` is overwritten: if it holds half of a wide character, the other
    /// half becomes a blank so no orphaned half is left on screen.
    private mutating func breakWideCharacter(at x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation && x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
            cells[index] = .blank(cells[index].style)
        }
        if x + 1 < width && cells[index + 1].isContinuation {
            cells[index] = .blank(cells[index].style)
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }

    /// Paints a rectangle with one character, e.g. to clear a dialog's background. A
    /// character that is not exactly one column wide is drawn as a space.
    public mutating func fill(_ rect: Rect, style: Style, character: Character = " ") {
        let clipped = rect.intersection(area)
        let text = TextWidth.width(of: character) == 1 ? TextWidth.sanitize(String(character)) : " "
        for y in clipped.y ..< clipped.maxY {
            for x in clipped.x ..< clipped.maxX {
                place(Cell(text: text, style: style), width: 1, x: x, y: y)
            }
        }
    }

    /// Gives every cell in the rectangle a new style while keeping its text, e.g. a
    /// selection bar over a row that is already drawn. A wide character with one half
    /// inside gets the style on both halves.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let clipped = rect.intersection(area)
        for y in clipped.y ..< clipped.maxY {
            for x in clipped.x ..< clipped.maxX {
                let index = y * width + x
                cells[index].style = style
                if cells[index].isContinuation && x > 0 {
                    cells[index - 1].style = style
                }
                if x + 1 < width && cells[index + 1].isContinuation {
                    cells[index + 1].style = style
                }
            }
        }
    }

    /// The text of each row with trailing spaces removed: what a person would read off
    /// the screen, and what tests compare.
    public var lines: [String] {
        (0 ..< height).map { y in
            var line = rowText(y)
            while line.hasSuffix(" ") {
                line.removeLast()
            }
            return line
        }
    }

    /// Row `y` as text; continuation cells add nothing because their wide character
    /// already stands for both columns.
    private func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0 ..< width where !cells[y * width + x].isContinuation {
            line += cells[y * width + x].text
        }
        return line
    }
}

extension Buffer: CustomDebugStringConvertible {
    /// The rows framed so trailing spaces and the buffer's extent are visible in a failing
    /// test's output.
    public var debugDescription: String {
        let rule = "+" + String(repeating: "-", count: width) + "+"
        let rows = (0 ..< height).map { "|" + rowText($0) + "|" }
        return ([rule] + rows + [rule]).joined(separator: "\n")
    }
}
