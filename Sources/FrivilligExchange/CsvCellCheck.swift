/// Scans a file's text before CSV.swift reads it, for what it reads without complaint but
/// wrongly or at great cost: a quote never closed (which swallows the rest of the file
/// into one cell), text after a closing quote (whose next character it drops), and a cell
/// larger than `SpreadsheetLimits.cellBytes` (which it would build, then the import would
/// copy several times). Each names the row and column, as the spreadsheet counts them,
/// so the user can find the cell.
enum CsvCellCheck {
    enum Problem: Equatable {
        case unterminated(row: Int, column: Int)
        case textAfterQuote(row: Int, column: Int)
        case tooLarge(row: Int, column: Int)
    }

    /// The first problem, with its row and 1-based column, or nil. A cell's size is its
    /// text as UTF-8, without the quotes around it; a quoted cell that grows too large and
    /// is never closed is reported as the quote it is.
    static func firstProblem(_ text: String, separator: Character) -> Problem? {
        let cellLimit = SpreadsheetLimits.cellBytes
        var row = 1, column = 1
        var inQuotes = false
        var cellStart = (row: 1, column: 1)
        var cellBytes = 0
        var afterClosingQuote = false
        var atFieldStart = true
        var previousWasCR = false
        for ch in text.unicodeScalars {
            let isCR = ch == "\r"
            defer { previousWasCR = isCR }
            if inQuotes {
                if ch == "\"" {
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    cellBytes += UTF8.width(ch)
                }
                continue
            }
            if afterClosingQuote {
                afterClosingQuote = false
                if ch == "\"" {
                    inQuotes = true
                    cellBytes += 1
                    continue
                }
                if !(ch == "\r" || ch == "\n" || Character(ch) == separator) {
                    return .textAfterQuote(row: row, column: column)
                }
            }
            if ch == "\n" && previousWasCR { continue }
            if ch == "\r" || ch == "\n" || Character(ch) == separator {
                if cellBytes > cellLimit { return .tooLarge(row: cellStart.row, column: cellStart.column) }
                if Character(ch) == separator {
                    column += 1
                } else {
                    row += 1
                    column = 1
                }
                cellStart = (row, column)
                cellBytes = 0
                atFieldStart = true
            } else if ch == "\"" && atFieldStart {
                inQuotes = true
                atFieldStart = false
            } else {
                cellBytes += UTF8.width(ch)
                atFieldStart = false
            }
        }
        if inQuotes { return .unterminated(row: cellStart.row, column: cellStart.column) }
        return cellBytes > cellLimit ? .tooLarge(row: cellStart.row, column: cellStart.column) : nil
    }
}
