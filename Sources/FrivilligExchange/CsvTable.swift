import CSV
import Foundation
import FrivilligCore

/// One record of a spreadsheet file, numbered as the spreadsheet shows it (the header is
/// row 1; a cell with line breaks does not start a new row).
public struct CsvRow: Hashable, Sendable {
    public let number: Int
    public let cells: [String]
}

/// A spreadsheet file read into a header and rows, with the separator and encoding found.
///
/// Parsing is CSV.swift's; this type adds what Excel files need around it: the encoding
/// and separator detection, row numbers that match the spreadsheet, blank rows skipped, and
/// a check for quotes CSV.swift would silently misread and for cells too large to read.
public struct CsvTable: Sendable {
    public let encoding: SpreadsheetEncoding
    public let separator: Character
    public let header: [String]
    /// The rows after the header that have at least one non-blank cell.
    public let rows: [CsvRow]
    /// The sheet the table was read from, for a workbook; nil for CSV.
    public internal(set) var sheet: String? = nil

    public static func read(_ data: Data) throws(ImportFileError) -> CsvTable {
        let decoded = try SpreadsheetText(decoding: data)
        var text = decoded.text
        let separator = CsvTable.separatorLine(&text) ?? CsvTable.detectSeparator(text)
        if let problem = CsvCellCheck.firstProblem(text, separator: separator) {
            throw CsvTable.error(for: problem, in: text, separator: separator)
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false,
                                   delimiter: separator.unicodeScalars.first!)
        } catch {
            throw .empty
        }
        var header: [String]?
        var rows: [CsvRow] = []
        var number = 0
        while let cells = reader.next() {
            number += 1
            if cells.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            if header == nil {
                header = cells.map(\.trimmingWhitespace)
            } else {
                rows.append(CsvRow(number: number, cells: cells.map(CsvDocument.restored)))
            }
        }
        guard let header else { throw .empty }
        return CsvTable(encoding: decoded.encoding, separator: separator, header: header, rows: rows)
    }

    /// The quoting or size error, naming the column by the file's header when it can be
    /// read. A header cell that is itself too large is named by its number: its text is
    /// the problem, and would fill the message.
    private static func error(for problem: CsvCellCheck.Problem, in text: String, separator: Character) -> ImportFileError {
        func name(_ column: Int) -> String {
            let firstLine = String(text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
            let header = (try? CSVReader(string: firstLine, delimiter: separator.unicodeScalars.first!))?.next() ?? []
            return column <= header.count && !header[column - 1].trimmingWhitespace.isEmpty
                ? header[column - 1].trimmingWhitespace : "#\(column)"
        }
        switch problem {
        case .unterminated(let row, let column): return .unterminatedQuote(row: row, column: name(column))
        case .textAfterQuote(let row, let column): return .textAfterQuote(row: row, column: name(column))
        case .tooLarge(let row, let column): return .cellTooLarge(row: row, column: row == 1 ? "#\(column)" : name(column))
        }
    }

    /// The separator an Excel `sep=;` first line names; the line is removed, as Excel does
    /// (the header after it is row 1).
    static func separatorLine(_ text: inout String) -> Character? {
        let first = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        guard first.count == 5, first.lowercased().hasPrefix("sep="), let separator = first.last else { return nil }
        let rest = text.dropFirst(first.count)
        text = String(rest.first.map { $0.isNewline } == true ? rest.dropFirst() : rest)
        return separator
    }

    /// The separator is whichever of `;`, `,` and tab occurs most often in the first line
    /// outside quotes; `;` when there is a tie (Danish Excel writes `;` because `,` is the
    /// decimal comma).
    static func detectSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for ch in text {
            if ch == "\"" {
                quoted.toggle()
            } else if !quoted && (ch == "\n" || ch == "\r" || ch == "\r\n") {
                break
            } else if !quoted, let n = counts[ch] {
                counts[ch] = n + 1
            }
        }
        let best = [";", ",", "\t"].max { counts[$0]! < counts[$1]! }!
        return counts[best]! > counts[";"]! ? best : ";"
    }
}
