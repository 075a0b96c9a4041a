import Foundation
import FrivilligCore
import ZIPFoundation

/// An export table as an `.xlsx` workbook of one sheet, for Excel, LibreOffice and Numbers.
///
/// The columns and their words are the CSV export's (`CsvExport`); what a workbook adds is
/// types. A date column's cells are dates (a day number in a date style), a number
/// column's are numbers, and every other cell is a string from the shared strings, so a
/// phone number stays `20 12 34 56` and a note starting with `=` stays text: no cell is
/// ever a formula, so no apostrophe guard is needed. The header row is bold and frozen,
/// and each column is as wide as its longest line (within bounds). ZIPFoundation packs
/// the parts; the zip's times are fixed, so the same register gives the same bytes.
public enum XlsxWriter {
    /// Narrowest and widest column, in characters.
    static let columnWidths = 6...60

    /// The workbook's bytes; `sheet` is the tab's name.
    public static func workbook(_ document: CsvDocument, sheet: String) -> Data {
        var strings = StringTable()
        let sheetXML = worksheet(document, strings: &strings)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", XlsxFixedParts.contentTypes),
            ("_rels/.rels", XlsxFixedParts.packageRelationships),
            ("xl/workbook.xml", XlsxFixedParts.workbook(sheet: XlsxText.escaped(sheetName(sheet)))),
            ("xl/_rels/workbook.xml.rels", XlsxFixedParts.workbookRelationships),
            ("xl/styles.xml", XlsxFixedParts.styles),
            ("xl/sharedStrings.xml", strings.xml),
            ("xl/worksheets/sheet1.xml", sheetXML),
        ]
        // Writing into memory fails only when memory does; ZIPFoundation throws for files.
        let archive = try! Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: zipTime,
                                  compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// 1 January 1980, the first time a zip can hold.
    private static let zipTime = Date(timeIntervalSince1970: 315_532_800)

    /// A sheet name Excel accepts: at most 31 characters and none of `[]:*?/\`.
    private static func sheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    private static func worksheet(_ document: CsvDocument, strings: inout StringTable) -> String {
        let columns = max(document.header.count, document.rows.map(\.count).max() ?? 0)
        var widths = Array(repeating: XlsxWriter.columnWidths.lowerBound, count: columns)
        var body = ""
        func cell(_ text: String, column: Int, row: Int, kind: CsvColumnKind) {
            guard !text.isEmpty else { return }
            let ref = XlsxCellRef(column: column + 1, row: row).name
            let shown: Int
            if row > 1, kind == .date, let day = Day.parse(text) {
                body += #"<c r="\#(ref)" s="\#(XlsxFixedParts.Style.date.rawValue)"><v>\#(XlsxDateSystem.from1900.serial(day))</v></c>"#
                shown = 10
            } else if row > 1, kind == .number, let number = Int(text) {
                body += #"<c r="\#(ref)"><v>\#(number)</v></c>"#
                shown = text.count
            } else {
                let style = row == 1 ? XlsxFixedParts.Style.header : .text
                body += #"<c r="\#(ref)" s="\#(style.rawValue)" t="s"><v>\#(strings.index(text))</v></c>"#
                shown = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(\.count).max() ?? 0
            }
            widths[column] = max(widths[column], min(XlsxWriter.columnWidths.upperBound, shown + 2))
        }
        for (r, cells) in ([document.header] + document.rows).enumerated() {
            body += #"<row r="\#(r + 1)">"#
            for (c, text) in cells.enumerated() {
                cell(text, column: c, row: r + 1, kind: c < document.kinds.count ? document.kinds[c] : .text)
            }
            body += "</row>"
        }
        let last = XlsxCellRef.columnLetters(max(columns, 1)) + String(document.rows.count + 1)
        let cols = widths.enumerated().map { #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#($1)" customWidth="1"/>"# }
        return XlsxFixedParts.header + """
            <worksheet xmlns="\(XlsxFixedParts.main)" xmlns:r="\(XlsxFixedParts.relationships)">\
            <dimension ref="A1:\(last)"/>\
            <sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/>\
            \(cols.isEmpty ? "" : "<cols>" + cols.joined() + "</cols>")\
            <sheetData>\(body)</sheetData></worksheet>
            """
    }

    /// The shared strings, each text once, in the order first written.
    private struct StringTable {
        private var indexes: [String: Int] = [:]
        private var entries = ""
        private var uses = 0

        mutating func index(_ text: String) -> Int {
            uses += 1
            if let index = indexes[text] { return index }
            let index = indexes.count
            indexes[text] = index
            entries += #"<si><t xml:space="preserve">"# + XlsxText.escaped(text) + "</t></si>"
            return index
        }

        var xml: String {
            XlsxFixedParts.header
                + #"<sst xmlns="\#(XlsxFixedParts.main)" count="\#(uses)" uniqueCount="\#(indexes.count)">"#
                + entries + "</sst>"
        }
    }
}
