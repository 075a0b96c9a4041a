/// Why a workbook (or a file that is one of another program's) was refused as a whole.
public enum XlsxProblem: Error, Equatable, Sendable {
    /// A LibreOffice `.ods` sheet (a zip whose `mimetype` says so): not read.
    case openDocument
    /// An Excel 97–2003 `.xls` (an OLE2 compound file): not read.
    case legacyExcel
    /// A zip that is not a readable `.xlsx`: damaged, encrypted, or the named part is
    /// missing or not well-formed XML.
    case damaged(part: String)
    /// Its parts unpack to more than `SpreadsheetLimits.unpackedBytes` (a zip bomb, or a
    /// sheet far beyond any register).
    case unpackedTooLarge
    /// `--sheet` names no sheet of the workbook; the sheets it has.
    case noSuchSheet(name: String, sheets: [String])
    /// `--sheet` was given for a CSV file, which has no sheets.
    case sheetOfCsv
}
