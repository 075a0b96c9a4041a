/// A cell's place as a sheet names it (`C7`): the column letters and the row number.
///
/// Sheets leave empty cells out, so the reference is what puts a cell in its column;
/// the writer names every cell it writes the same way.
struct XlsxCellRef: Hashable, Sendable {
    /// 1 for column A.
    let column: Int
    /// 1 for the first row.
    let row: Int

    /// The largest column a sheet has (XFD), so a reference cannot ask for more.
    static let maxColumn = 16_384
    /// The largest row a sheet has.
    static let maxRow = 1_048_576

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `C7` or `$C$7`; nil for anything else or a place beyond the sheet's size.
    init?(_ text: String) {
        var column = 0, row = 0, digits = 0, letters = 0
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(scalar.value & 0x1F)
                letters += 1
            case 0x30...0x39:
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(scalar.value - 0x30)
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, (1...XlsxCellRef.maxColumn).contains(column), (1...XlsxCellRef.maxRow).contains(row) else {
            return nil
        }
        self.column = column
        self.row = row
    }

    /// The letters that name a column: 3 is `C`, 28 is `AB`.
    static func columnLetters(_ column: Int) -> String {
        var n = column, letters = ""
        while n > 0 {
            let rest = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + rest))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// `C7`.
    var name: String { XlsxCellRef.columnLetters(column) + String(row) }
}
