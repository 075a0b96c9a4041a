import Foundation
import FrivilligCore

/// One worksheet's cells as text, row by row, numbered as the sheet numbers them.
///
/// Each cell is put in its column by its reference (`C7`), since a sheet leaves empty
/// cells out. Text cells come from the shared strings or inline; a number in a date style
/// becomes the day as `yyyy-mm-dd`, which the import's date parser reads, so day and
/// month never swap (a time of day alone, below 1, stays a number); other numbers are written as the workbook holds them (`8000`, `2.5`);
/// a formula gives the value last calculated, never the formula. A merged range's value
/// (kept in its top-left cell) is given to every cell it covers, so a header merged over
/// two phone columns names both, and a workplace merged down over three rows is each
/// row's workplace.
struct XlsxSheet {
    struct Row {
        let number: Int
        var cells: [String]
    }

    /// The rows that have a cell, in order.
    private(set) var rows: [Row] = []
    /// The first cell larger than `SpreadsheetLimits.cellBytes`, if any.
    private(set) var tooLarge: XlsxCellRef?

    /// Most cells, counting the empty ones before a row's last, that a sheet may spread
    /// over: a cell far to the right in every row would otherwise cost a row's width each.
    static let maxCells = SpreadsheetLimits.unpackedBytes / 16

    init(_ data: Data, part: String, strings: XlsxSharedStrings, styles: XlsxStyles, dates: XlsxDateSystem) throws(XlsxProblem) {
        var rows: [Row] = []
        var merges: [(XlsxCellRef, XlsxCellRef)] = []
        var row = 0, nextColumn = 1, cellCount = 0
        var ref = XlsxCellRef(column: 1, row: 1), type = "n", style = 0
        var value = "", inline = "", inValue = false, inInline = false, inText = false, phonetic = 0
        var broken = false, overflow = false
        var tooLarge: XlsxCellRef?
        let read = XlsxXMLScanner.scan(data, start: { name, attributes in
            switch name {
            case "row":
                row = attributes["r"].flatMap(Int.init) ?? row + 1
                nextColumn = 1
            case "c":
                ref = attributes["r"].flatMap(XlsxCellRef.init) ?? XlsxCellRef(column: nextColumn, row: max(row, 1))
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
                inline = ""
            case "v": inValue = true
            case "is": inInline = true
            case "t": inText = inInline && phonetic == 0
            case "rPh": phonetic += 1
            case "mergeCell":
                let corners = (attributes["ref"] ?? "").split(separator: ":").compactMap { XlsxCellRef(String($0)) }
                if corners.count == 2 { merges.append((corners[0], corners[1])) }
            default: break
            }
        }, end: { name in
            switch name {
            case "v": inValue = false
            case "is": inInline = false
            case "t": inText = false
            case "rPh": phonetic -= 1
            case "c":
                nextColumn = ref.column + 1
                guard let text = XlsxSheet.text(type: type, value: value, inline: inline, style: style,
                                                strings: strings, styles: styles, dates: dates) else {
                    broken = true
                    return
                }
                guard !text.isEmpty, !overflow else { return }
                if text.utf8.count > SpreadsheetLimits.cellBytes {
                    tooLarge = tooLarge ?? ref
                    return
                }
                if rows.last?.number != ref.row { rows.append(Row(number: ref.row, cells: [])) }
                let added = max(0, ref.column - rows[rows.count - 1].cells.count)
                cellCount += added
                if cellCount > XlsxSheet.maxCells {
                    overflow = true
                    return
                }
                rows[rows.count - 1].cells += Array(repeating: "", count: added)
                rows[rows.count - 1].cells[ref.column - 1] = text
            default: break
            }
        }, text: { text in
            if inValue { value += text } else if inText { inline += text }
        })
        guard read, !broken else { throw .damaged(part: part) }
        guard !overflow else { throw .unpackedTooLarge }
        self.tooLarge = tooLarge
        self.rows = XlsxSheet.ordered(rows)
        try fill(merges)
    }

    /// The text of one cell, or nil when it points at a shared string that is not there.
    private static func text(type: String, value: String, inline: String, style: Int,
                             strings: XlsxSharedStrings, styles: XlsxStyles, dates: XlsxDateSystem) -> String? {
        if value.isEmpty && inline.isEmpty { return "" }
        switch type {
        case "s":
            guard let index = Int(value.trimmingWhitespace), strings.strings.indices.contains(index) else { return nil }
            return strings.strings[index]
        case "inlineStr": return XlsxText.decoded(inline)
        case "str", "e": return XlsxText.decoded(value)
        case "b": return value.trimmingWhitespace == "1" ? "true" : "false"
        case "d":
            let day = Day.parse(String(value.prefix(10)))
            return day?.iso ?? value
        default:
            let trimmed = value.trimmingWhitespace
            guard let number = Double(trimmed) else { return trimmed }
            if number >= 1, styles.isDate(style: style), let day = dates.day(number) { return day.iso }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return trimmed
        }
    }

    /// Rows in the order of their numbers, the cells of a row given twice put together.
    private static func ordered(_ rows: [Row]) -> [Row] {
        var byNumber: [Int: Row] = [:]
        for row in rows {
            guard var existing = byNumber[row.number] else {
                byNumber[row.number] = row
                continue
            }
            for (i, cell) in row.cells.enumerated() where !cell.isEmpty {
                if i >= existing.cells.count { existing.cells += Array(repeating: "", count: i + 1 - existing.cells.count) }
                existing.cells[i] = cell
            }
            byNumber[row.number] = existing
        }
        return byNumber.values.sorted { $0.number < $1.number }
    }

    /// Gives each merged range's top-left value to the other cells it covers, within the
    /// rows and columns the sheet uses.
    private mutating func fill(_ merges: [(XlsxCellRef, XlsxCellRef)]) throws(XlsxProblem) {
        guard !merges.isEmpty, let lastRow = rows.last?.number else { return }
        let lastColumn = rows.map(\.cells.count).max() ?? 0
        var index = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.number, $0) })
        var budget = XlsxSheet.maxCells - rows.reduce(0) { $0 + $1.cells.count }
        for (first, last) in merges {
            guard let i = index[first.row], first.column <= rows[i].cells.count else { continue }
            let value = rows[i].cells[first.column - 1]
            guard !value.isEmpty else { continue }
            let rowRange = first.row...max(first.row, min(last.row, lastRow))
            let columnRange = first.column...max(first.column, min(last.column, lastColumn))
            budget -= rowRange.count * columnRange.count
            guard budget >= 0 else { throw .unpackedTooLarge }
            for number in rowRange {
                if index[number] == nil {
                    rows.append(Row(number: number, cells: []))
                    index[number] = rows.count - 1
                }
                let r = index[number]!
                if rows[r].cells.count < columnRange.upperBound {
                    rows[r].cells += Array(repeating: "", count: columnRange.upperBound - rows[r].cells.count)
                }
                for column in columnRange where rows[r].cells[column - 1].isEmpty {
                    rows[r].cells[column - 1] = value
                }
            }
        }
        rows.sort { $0.number < $1.number }
    }
}
