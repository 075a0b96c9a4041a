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
/// byte but five, so æ, ø and å come out right from both.
public struct SpreadsheetText: Sendable {
    public let text: String
    public let encoding: SpreadsheetEncoding

    /// Nil for UTF-16 and UTF-32 files (Excel's "Unicode text"), which are not CSV.
    public init?(decoding data: Data) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { return nil }
            self.text = text
            encoding = .utf8WithBOM
        } else if let text = String(validating: bytes, as: UTF8.self) {
            self.text = text
            encoding = .utf8
        } else {
            text = SpreadsheetText.windows1252(bytes)
            encoding = .windows1252
        }
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
