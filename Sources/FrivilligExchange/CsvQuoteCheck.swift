/// Finds the quoting mistakes that CSV.swift reads without complaint but wrongly: a quote
/// never closed (which swallows the rest of the file into one cell) and text after a
/// closing quote (whose next character it drops). Both name the row and column, as the
/// spreadsheet counts them, so the user can find the cell.
enum CsvQuoteCheck {
    enum Problem: Equatable {
        case unterminated(row: Int, column: Int)
        case textAfterQuote(row: Int, column: Int)
    }

    /// The first quoting mistake, with its row and 1-based column, or nil.
    static func firstProblem(_ text: String, separator: Character) -> Problem? {
        var row = 1, column = 1
        var inQuotes = false
        var openedAt = (row: 1, column: 1)
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
                }
                continue
            }
            if afterClosingQuote {
                afterClosingQuote = false
                if ch == "\"" {
                    inQuotes = true
                    continue
                }
                if !(ch == "\r" || ch == "\n" || Character(ch) == separator) {
                    return .textAfterQuote(row: row, column: column)
                }
            }
            if ch == "\n" && previousWasCR { continue }
            if ch == "\r" || ch == "\n" {
                row += 1
                column = 1
                atFieldStart = true
            } else if Character(ch) == separator {
                column += 1
                atFieldStart = true
            } else if ch == "\"" && atFieldStart {
                inQuotes = true
                openedAt = (row, column)
                atFieldStart = false
            } else {
                atFieldStart = false
            }
        }
        return inQuotes ? .unterminated(row: openedAt.row, column: openedAt.column) : nil
    }
}
