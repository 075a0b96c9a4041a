import Foundation

/// The one entry to a spreadsheet file's table, whatever program saved it: the first
/// bytes decide, never the file's name.
///
/// A zip is an `.xlsx` (read by `XlsxReader`) unless its `mimetype` part says it is a
/// LibreOffice `.ods`; an OLE2 compound file is an old Excel `.xls`. Those two are refused
/// with one line saying to save as `.xlsx` or CSV, instead of being read as text (which
/// listed their bytes as column names). Anything else is CSV.
public enum SpreadsheetTable {
    /// - Parameter sheet: the sheet to read from a workbook (`--sheet`); nil for the first.
    ///   Refused for a CSV file, which has none.
    public static func read(_ data: Data, sheet: String? = nil) throws(ImportFileError) -> CsvTable {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .workbook(.legacyExcel) }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if isOpenDocument(data) { throw .workbook(.openDocument) }
            return try XlsxReader.table(data, sheet: sheet)
        }
        if sheet != nil { throw .workbook(.sheetOfCsv) }
        return try CsvTable.read(data)
    }

    /// An OpenDocument file starts with an uncompressed `mimetype` entry naming its kind
    /// (ODF 1.2 part 3, §3.3), at byte 30 of the zip.
    private static func isOpenDocument(_ data: Data) -> Bool {
        let name = Data("mimetype".utf8), kind = Data("application/vnd.oasis.opendocument".utf8)
        let start = data.startIndex
        guard data.count > 38 + kind.count, data[(start + 30)..<(start + 38)] == name else { return false }
        return data[(start + 38)..<(start + 38 + kind.count)] == kind
    }
}
