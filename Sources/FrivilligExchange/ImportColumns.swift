import Foundation
import FrivilligCore

/// Which field each column of a spreadsheet feeds, decided once per file from the headers
/// and the user's `--map COLUMN=FIELD` choices.
struct ImportColumns: Sendable {
    let headers: [String]
    /// The field of each column; nil for a column nobody recognised.
    let fields: [CsvField?]
    /// Columns mapped to notes that are not a notes column: their cells go into the notes
    /// as "Header: value", so it is clear where each line came from.
    let labelledNotes: Set<Int>
    /// Headers of unrecognised columns that hold data, in file order.
    let unknown: [String]
    /// The `TextRules` shape of each column's field, looked up once rather than per cell.
    let shapes: [TextRules.Shape?]
    /// The emergency contact numbers the file has columns for, in order.
    let emergencyNumbers: [Int]
    /// How each date column is read, by column index (`ImportDateColumn`).
    private(set) var dates: [Int: ImportDateColumn] = [:]
    /// A `?` where a name expects a letter, cell by cell (`ImportRowWarning`).
    private(set) var warnings: [ImportRowWarning] = []

    init(headers: [String], fields: [CsvField?], labelledNotes: Set<Int>, unknown: [String]) {
        self.headers = headers
        self.fields = fields
        self.labelledNotes = labelledNotes
        self.unknown = unknown
        shapes = fields.map { $0.map { TextRules.shape(ofField: $0.key) } }
        emergencyNumbers = Set(fields.compactMap { field -> Int? in
            switch field {
            case .emergencyName(let n)?, .emergencyRelation(let n)?, .emergencyPhone(let n)?: return n
            default: return nil
            }
        }).sorted()
    }

    /// Resolves the columns, or refuses the file (a CPR column, no name column, two
    /// columns for one single-valued field, a mapping that names nothing).
    ///
    /// Also decides how each date column is read (`ImportDateColumn`, which may refuse a
    /// column of `/` dates without `dateOrder`) and finds the names a `?` has damaged.
    static func resolve(
        _ table: CsvTable, kind: SpreadsheetKind, mapping: [String], dateOrder: DateOrder?, today: Day
    ) throws(ImportFileError) -> ImportColumns {
        let width = max(table.header.count, table.rows.map(\.cells.count).max() ?? 0)
        let headers = (0..<width).map { i in
            i < table.header.count && !table.header[i].isEmpty ? table.header[i] : "#\(i + 1)"
        }
        var fields: [CsvField?] = (0..<width).map { i in
            i < table.header.count ? CsvHeader.field(for: table.header[i], kind: kind) : nil
        }
        var labelled: Set<Int> = []
        for entry in mapping {
            guard let eq = entry.lastIndex(of: "=") else { throw .malformedMapping(entry) }
            let column = entry[..<eq].trimmingWhitespace
            let key = String(entry[entry.index(after: eq)...])
            guard let index = headers.firstIndex(where: { SearchFold.plain($0) == SearchFold.plain(column) }) else {
                throw .mappedColumnMissing(column: column)
            }
            guard let field = CsvField(key: key, kind: kind) else {
                throw .unknownField(field: key.trimmingWhitespace, accepted: CsvField.keys(for: kind))
            }
            if field == .notes && fields[index] != .notes { labelled.insert(index) }
            fields[index] = field
        }
        for (i, header) in headers.enumerated() where fields[i] != .ignored && CsvHeader.looksLikeCPR(header) {
            throw .cprColumn(column: header)
        }
        for i in fields.indices {
            guard let field = fields[i], !field.isMultiValued,
                  let j = fields[(i + 1)...].firstIndex(of: field) else { continue }
            throw .duplicateColumn(first: headers[i], second: headers[j], field: field.key)
        }
        let hasName = kind.requiredField.map(fields.contains)
            ?? (fields.contains(.name) || fields.contains(.firstName) || fields.contains(.lastName))
        guard hasName else { throw .noNameColumn(headers: table.header) }
        let unknown = headers.indices.filter { i in
            fields[i] == nil && table.rows.contains { i < $0.cells.count && !$0.cells[i].trimmingWhitespace.isEmpty }
        }
        var columns = ImportColumns(headers: headers, fields: fields, labelledNotes: labelled, unknown: unknown.map { headers[$0] })
        try columns.refuseCPRValues(table.rows)
        try columns.decideDates(table.rows, order: dateOrder, today: today)
        columns.warnings = ImportRowWarning.damagedNames(table.rows, columns: columns)
        return columns
    }

    /// The field column `index` feeds; nil for a column nobody recognised or one left out.
    func field(at index: Int) -> CsvField? {
        guard index < fields.count, let field = fields[index], field != .ignored else { return nil }
        return field
    }

    /// The value column `index` gives its field in `row` as it would be stored, or nil
    /// when the cell is empty: trimmed; with line breaks (CR, LF) as LF where the field's
    /// shape (`TextRules`) allows several lines, and as spaces elsewhere (a name typed with
    /// Alt+Enter); labelled with its header where it goes into the notes. Rarer breaks
    /// (U+2028, vertical tab) stay, for the rules to refuse.
    /// A cell without a line break (nearly every one) is only trimmed: splitting and
    /// joining each cell was most of the time a 100,000-row import took.
    func value(at index: Int, in row: CsvRow) -> String? {
        guard field(at: index) != nil, index < row.cells.count else { return nil }
        let text = row.cells[index].trimmingWhitespace
        let value: String
        if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            value = text
        } else if shapes[index] == .multiLine {
            value = text.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
                .replacingOccurrences(of: "\r", with: "\n")
        } else {
            value = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .map(\.trimmingWhitespace).joined(separator: " ")
        }
        guard !value.isEmpty else { return nil }
        return labelledNotes.contains(index) ? "\(headers[index]): \(value)" : value
    }

    /// The dry run's notes on the date columns, in column order.
    var dateNotes: [ImportDateNote] {
        dates.keys.sorted().flatMap { dates[$0]!.notes }
    }

    private mutating func decideDates(_ rows: [CsvRow], order: DateOrder?, today: Day) throws(ImportFileError) {
        for i in fields.indices {
            guard let field = field(at: i), ImportDateColumn.fields.contains(field) else { continue }
            let values = rows.map { (row: $0.number, value: value(at: i, in: $0)) }
            dates[i] = try ImportDateColumn.decide(header: headers[i], field: field, values: values, order: order, today: today)
        }
    }

    /// The header of the first column for a field (for messages about a missing value).
    func header(_ field: CsvField) -> String? {
        fields.firstIndex(of: field).map { headers[$0] }
    }

    /// A CPR number in any cell but a phone number's (see `TextRules.cprNumber`) is
    /// refused too, with the same rule as every other way in: a spreadsheet's
    /// "Fødselsdato" column sometimes holds the whole number, a note may quote one. Columns
    /// nobody recognised are searched as well, since the sheet still holds them; an `Id`
    /// column is not, as a UUID is no one's number. Nor are the ids in a column of links
    /// (workplaces, contacts), which an export writes for a name two records share: one
    /// id in a thousand holds six digits, a dash and four that read as a CPR number, and
    /// refused the round trip of the export.
    private func refuseCPRValues(_ rows: [CsvRow]) throws(ImportFileError) {
        for row in rows {
            for (i, cell) in row.cells.enumerated() where i < fields.count {
                if let field = fields[i], field == .ignored || field == .id || shapes[i] == .phone {
                    continue
                }
                let text = [CsvField.workplaces, .contacts, .volunteer, .workplace, .contact, .attendees, .volunteers].contains(fields[i])
                    ? cell.split(whereSeparator: { $0 == ";" || $0.isNewline })
                        .filter { UUID(uuidString: $0.trimmingWhitespace) == nil }.joined(separator: ";")
                    : cell
                if TextRules.cprNumber(in: text) != nil { throw .cprValue(row: row.number, column: headers[i]) }
            }
        }
    }
}
