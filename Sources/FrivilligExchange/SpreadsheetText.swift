import Foundation

/// How the bytes of a spreadsheet file were read, so the import can say what it found.
public enum SpreadsheetEncoding: String, Sendable {
    /// UTF-8 without a byte order mark (LibreOffice, Numbers, most scripts).
    case utf8
    /// UTF-8 starting with EF BB BF (Excel's "CSV UTF-8").
    case utf8WithBOM
    /// Windows-1252 (Danish Excel's plain "CSV (semikolonsepareret)").
    case windows1252
}

/// The text of a spreadsheet file whatever Danish Excel saved it as.
///
/// A file that is valid UTF-8 is UTF-8 (a Windows-1252 file with æøå is practically never
/// valid UTF-8); anything else is read as Windows-1252, which has a character for every
/// byte but five, so æ, ø and å come out right from both. A file with both kinds of
/// lines (a UTF-8 sheet with rows pasted from a Windows-1252 one) has no one right
/// reading: as Windows-1252 its UTF-8 rows would be stored as `SÃ¸ren`, so it is refused,
/// naming rows of each kind.
public struct SpreadsheetText: Sendable {
    public let text: String
    public let encoding: SpreadsheetEncoding

    /// How many rows of each kind a mixed file's refusal names.
    static let rowsNamed = 3

    /// Throws `unsupportedEncoding` for UTF-16 and UTF-32 files (Excel's "Unicode text"),
    /// which are not CSV, and `mixedEncoding` for a file of UTF-8 and Windows-1252 lines.
    ///
    /// A UTF-8 file is validated where it lies, not copied into an array first: that copy
    /// was a third of the memory a large file took before it was refused.
    public init(decoding data: Data) throws(ImportFileError) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { throw .unsupportedEncoding }
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        let utf8 = data.withUnsafeBytes { String(validating: $0.dropFirst(hasBOM ? 3 : 0), as: UTF8.self) }
        if let text = utf8 {
            self.text = text
            encoding = hasBOM ? .utf8WithBOM : .utf8
            return
        }
        let body = [UInt8](data.dropFirst(hasBOM ? 3 : 0))
        let lines = SpreadsheetText.lineKinds(body)
        if lines.utf8.isEmpty {
            if hasBOM { throw .unsupportedEncoding }
        } else {
            throw .mixedEncoding(
                utf8Rows: Array(lines.utf8.prefix(SpreadsheetText.rowsNamed)),
                windows1252Rows: Array(lines.windows1252.prefix(SpreadsheetText.rowsNamed)))
        }
        text = SpreadsheetText.windows1252(body)
        encoding = .windows1252
    }

    /// The rows (numbered as the spreadsheet shows them) of the lines that are valid
    /// UTF-8 with a letter beyond ASCII, and of those that are not valid UTF-8. A line
    /// continuing a quoted cell belongs to the row the cell is in.
    static func lineKinds(_ bytes: [UInt8]) -> (utf8: [Int], windows1252: [Int]) {
        var utf8: [Int] = [], windows1252: [Int] = []
        let rows = SpreadsheetRows.ofLines(bytes)
        var start = 0, index = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            defer { index += 1 }
            if line.contains(where: { $0 >= 0x80 }), let row = rows[index] {
                if String(validating: line, as: UTF8.self) != nil {
                    if utf8.last != row { utf8.append(row) }
                } else if windows1252.last != row {
                    windows1252.append(row)
                }
            }
            start = end + 1
        }
        return (utf8, windows1252)
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ”
    /// • – — ˜ ™ š › œ ž Ÿ. The five unassigned bytes become U+FFFD.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                let code = high[Int(byte) - 0x80]
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
