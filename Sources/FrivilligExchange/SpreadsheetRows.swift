/// The spreadsheet row each line of a file's bytes is in, numbered as the spreadsheet
/// shows it and as `CsvTable` counts: the header is row 1 (after an Excel `sep=;` line,
/// which has no row), CR, LF and CRLF each end a row, and a line break inside a quoted
/// cell does not. Works on bytes so that it can number a file whose encoding is not
/// settled: quotes, separators and line breaks are the same bytes in UTF-8 and
/// Windows-1252.
enum SpreadsheetRows {
    /// One entry per line (the bytes up to each LF): its row, or nil for a `sep=` line.
    static func ofLines(_ bytes: [UInt8]) -> [Int?] {
        let full = SpreadsheetText.windows1252(bytes)
        var text = full
        let named = CsvTable.separatorLine(&text)
        let skipped = full.unicodeScalars.count - text.unicodeScalars.count
        let separator = UInt8(ascii: (named ?? CsvTable.detectSeparator(text)).unicodeScalars.first!)
        var lines: [Int?] = skipped > 0 ? [nil, 1] : [1]
        var row = 1
        var inQuotes = false, afterClosingQuote = false, atFieldStart = true, previousWasCR = false
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        for byte in bytes[skipped...] {
            defer { previousWasCR = byte == cr }
            if inQuotes {
                if byte == quote {
                    inQuotes = false
                    afterClosingQuote = true
                } else if byte == lf {
                    lines.append(row)
                }
                continue
            }
            if afterClosingQuote {
                afterClosingQuote = false
                if byte == quote {
                    inQuotes = true
                    continue
                }
            }
            if byte == lf && previousWasCR {
                lines.append(row)
            } else if byte == cr || byte == lf {
                row += 1
                atFieldStart = true
                if byte == lf { lines.append(row) }
            } else if byte == separator {
                atFieldStart = true
            } else {
                if byte == quote && atFieldStart { inQuotes = true }
                atFieldStart = false
            }
        }
        return lines
    }
}
