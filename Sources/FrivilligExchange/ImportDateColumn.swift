import FrivilligCore

/// How one date column of a sheet is read, decided once from all of its cells: the
/// order of `/` dates, and the century of two-digit years (`TwoDigitYear`). `-` and `.`
/// dates are always day-month-year, and `yyyy-mm-dd` is ISO.
struct ImportDateColumn: Sendable {
    /// The fields the import reads as dates (`ImportRowReader.day`).
    static let fields: [CsvField] = SpreadsheetKind.allCases.flatMap { CsvField.fields(for: $0) }.filter { $0.columnKind == .date }

    let header: String
    let field: CsvField
    let order: DateOrder
    let century: TwoDigitYear
    /// What the dry run says about the column; empty when its dates needed no decision.
    let notes: [ImportDateNote]
    let today: Day

    /// Decides the column from its values (as the field takes them, nil for empty cells),
    /// or refuses it when its `/` dates could be read either way and no `order` was given,
    /// or when some cells prove day-first and others month-first.
    static func decide(
        header: String, field: CsvField, values: [(row: Int, value: String?)], order given: DateOrder?, today: Day
    ) throws(ImportFileError) -> ImportDateColumn {
        var dayFirst: (row: Int, value: String)?, monthFirst: (row: Int, value: String)?
        var ambiguous: (row: Int, value: String)?, shortYear: (row: Int, value: String)?
        for case let (row, value?) in values {
            guard let text = ImportDateText(value) else { continue }
            switch text.provenOrder {
            case .dmy?: if dayFirst == nil { dayFirst = (row, value) }
            case .mdy?: if monthFirst == nil { monthFirst = (row, value) }
            case nil: if text.isAmbiguous && ambiguous == nil { ambiguous = (row, value) }
            }
            if text.shortYear && shortYear == nil { shortYear = (row, value) }
        }
        let century = TwoDigitYear.rule(for: field)
        var notes: [ImportDateNote] = []
        let order: DateOrder
        if let given {
            order = given
            if dayFirst != nil || monthFirst != nil || ambiguous != nil {
                notes.append(ImportDateNote(column: header, kind: .orderGiven(given)))
            }
        } else if let d = dayFirst, let m = monthFirst {
            throw .mixedDateOrder(column: header, dayFirstRow: d.row, monthFirstRow: m.row)
        } else if let decider = dayFirst ?? monthFirst {
            order = dayFirst != nil ? .dmy : .mdy
            notes.append(ImportDateNote(column: header, kind: .orderDecided(order, row: decider.row, value: decider.value)))
        } else if let ambiguous {
            throw .ambiguousDateOrder(column: header, row: ambiguous.row, value: ambiguous.value)
        } else {
            order = .dmy
        }
        let column = ImportDateColumn(header: header, field: field, order: order, century: century, notes: [], today: today)
        if let shortYear, let read = column.read(shortYear.value) {
            notes.append(ImportDateNote(column: header, kind: .twoDigitYears(
                century, century: century.limit(today: today).year / 100 * 100, example: shortYear.value, read: read)))
        }
        return ImportDateColumn(header: header, field: field, order: order, century: century, notes: notes, today: today)
    }

    /// The day a cell of this column holds, or nil when it is not a date.
    func read(_ value: String) -> Day? {
        guard let text = ImportDateText(value) else { return nil }
        if text.iso { return Day(year: text.year, month: text.first, day: text.second) }
        let (day, month) = text.separator == .slash && order == .mdy ? (text.second, text.first) : (text.first, text.second)
        guard text.shortYear else { return Day(year: text.year, month: month, day: day) }
        return century.day(year: text.year, month: month, day: day, today: today)
    }
}
