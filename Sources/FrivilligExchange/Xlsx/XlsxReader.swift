import Foundation

/// Reads one sheet of an `.xlsx` into the table the CSV import reads, so column matching,
/// the dry run, row errors and the all-or-nothing commit are the same for both.
///
/// The sheet is the first one in tab order, or the one `--sheet` names (exactly, or else
/// ignoring case). Rows keep the sheet's numbers, so a row error names the row a user
/// sees in Excel. As with CSV, the first row with text is the header and blank rows are
/// skipped.
enum XlsxReader {
    static func table(_ data: Data, sheet wanted: String?) throws(ImportFileError) -> CsvTable {
        let name: String, sheet: XlsxSheet
        do {
            (name, sheet) = try read(data, sheet: wanted)
        } catch {
            throw .workbook(error)
        }
        let filled = sheet.rows.filter { !$0.cells.allSatisfy { $0.trimmingWhitespace.isEmpty } }
        guard let headerRow = filled.first else { throw .empty }
        let header = headerRow.cells.map(\.trimmingWhitespace)
        if let cell = sheet.tooLarge {
            let named = cell.row > headerRow.number && cell.column <= header.count && !header[cell.column - 1].isEmpty
            throw .cellTooLarge(row: cell.row, column: named ? header[cell.column - 1] : "#\(cell.column)")
        }
        return CsvTable(encoding: .utf8, separator: ";", header: header,
                        rows: filled.dropFirst().map { CsvRow(number: $0.number, cells: $0.cells) }, sheet: name)
    }

    /// The chosen sheet's name and cells.
    private static func read(_ data: Data, sheet wanted: String?) throws(XlsxProblem) -> (String, XlsxSheet) {
        var package = try XlsxPackage(data)
        if !package.has(XlsxWorkbook.part) && package.has("content.xml") { throw .openDocument }
        let workbook = try XlsxWorkbook(&package)
        guard var chosen = workbook.sheets.first else { throw .damaged(part: XlsxWorkbook.part) }
        if let wanted {
            let name = wanted.trimmingWhitespace
            guard let found = workbook.sheets.first(where: { $0.name == name })
                ?? workbook.sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw .noSuchSheet(name: name, sheets: workbook.sheets.map(\.name))
            }
            chosen = found
        }
        var strings = XlsxSharedStrings.empty
        if let path = workbook.sharedStringsPart, let data = try package.part(path) {
            strings = try XlsxSharedStrings(data, part: path)
        }
        var styles = XlsxStyles.empty
        if let path = workbook.stylesPart, let data = try package.part(path) {
            styles = try XlsxStyles(data, part: path)
        }
        let sheet = try XlsxSheet(package.required(chosen.part), part: chosen.part, strings: strings, styles: styles,
                                  dates: workbook.dateSystem)
        return (chosen.name, sheet)
    }
}
