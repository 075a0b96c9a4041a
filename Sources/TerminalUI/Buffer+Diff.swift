extension Buffer {
    /// How this screen differs from the one a test expected, as lines to print, or none
    /// when every cell (text and style) is the same. Modelled on ratatui's
    /// `assert_buffer_lines`: a failing whole-screen test is read, not debugged, so the
    /// report shows the whole screen with the differing rows as a line diff.
    ///
    /// Every row is shown with its index (from 0, as in `lines`). A differing row is
    /// given as `-` expected and `+` actual text, then as `~` rows of style letters when
    /// the styles differ, then the first column that differs, cell by cell, which also
    /// catches what the text cannot show (a styled blank, a different size).
    public func differences(from expected: Buffer) -> [String] {
        guard self != expected else { return [] }
        var legend = StyleLegend()
        let expectedStyles = expected.styleLines(legend: &legend)
        let actualStyles = styleLines(legend: &legend)
        let expectedText = expected.lines
        let actualText = lines
        var body: [String] = []
        var differing: [Int] = []
        for y in 0 ..< max(height, expected.height) {
            let index = Self.rowNumber(y)
            guard y < height, y < expected.height else {
                differing.append(y)
                body.append(y < height ? "+ \(index) |\(actualText[y])" : "- \(index) |\(expectedText[y])")
                continue
            }
            guard let column = firstDifferingColumn(from: expected, row: y) else {
                body.append("  \(index) |\(actualText[y])")
                continue
            }
            differing.append(y)
            if expectedText[y] == actualText[y] {
                body.append("  \(index) |\(actualText[y])")
            } else {
                body.append("- \(index) |\(expectedText[y])")
                body.append("+ \(index) |\(actualText[y])")
            }
            if expectedStyles[y] != actualStyles[y] {
                body.append("- \(index)~|\(expectedStyles[y])")
                body.append("+ \(index)~|\(actualStyles[y])")
            }
            body.append("    \(index) column \(column): expected \(expected.describeCell(x: column, y: y)), actual \(describeCell(x: column, y: y))")
        }
        let rows = differing.map(String.init).joined(separator: ", ")
        var header = ["The screen differs from the expected one in rows \(rows) (counted from 0; - expected, + actual, ~ style letters):"]
        if width != expected.width || height != expected.height {
            header.append("Size: expected \(expected.width)×\(expected.height), actual \(width)×\(height).")
        }
        let footer = legend.order.isEmpty ? [] : ["Styles: " + legend.descriptionLines.joined(separator: ", ")]
        return header + body + footer
    }

    /// The first column of row `y` where the two screens differ, counting any column
    /// past the narrower one; nil when the row is the same.
    private func firstDifferingColumn(from expected: Buffer, row y: Int) -> Int? {
        (0 ..< max(width, expected.width)).first { x in
            x >= width || x >= expected.width || self[x, y] != expected[x, y]
        }
    }

    private static func rowNumber(_ y: Int) -> String {
        let number = String(y)
        return String(repeating: " ", count: max(0, 3 - number.count)) + number
    }

    private func describeCell(x: Int, y: Int) -> String {
        guard x < width else { return "nothing (the screen is \(width) wide)" }
        let cell = self[x, y]
        return cell.isContinuation ? "the right half of a wide character (\(cell.style))" : "\"\(cell.text)\" (\(cell.style))"
    }
}
