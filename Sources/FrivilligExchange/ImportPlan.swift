import FrivilligCore

/// What importing a spreadsheet would do, decided before anything is written: the rows
/// that add a record, update one, change nothing, and the rejected cells.
///
/// A dry run prints it; a real import commits `changes` in one store commit, so the whole
/// file goes in or nothing does.
public struct ImportPlan: Sendable {
    /// A row that adds or updates a record, named as the user knows it.
    public struct Entry: Hashable, Sendable {
        public let row: Int
        public let name: String
    }

    public let kind: SpreadsheetKind
    public let encoding: SpreadsheetEncoding
    public let separator: Character
    /// The workbook sheet the rows came from; nil for a CSV file.
    public let sheet: String?
    /// Headers of columns with data that no field takes; their cells are not imported.
    public let unknownColumns: [String]
    /// How the date columns were read (the order of `/` dates, two-digit years).
    public let dateNotes: [ImportDateNote]
    /// Cells imported as they are that a person should look at (`ImportRowWarning`).
    public let warnings: [ImportRowWarning]
    public internal(set) var added: [Entry] = []
    public internal(set) var updated: [Entry] = []
    public internal(set) var unchanged: [Entry] = []
    /// Every problem found, in row order; a row may have several.
    public internal(set) var rejected: [ImportRowError] = []
    /// The changes for the rows that were not rejected.
    public internal(set) var changes: [Change] = []

    init(kind: SpreadsheetKind, table: CsvTable, columns: ImportColumns) {
        self.kind = kind
        encoding = table.encoding
        separator = table.separator
        sheet = table.sheet
        unknownColumns = columns.unknown
        dateNotes = columns.dateNotes
        warnings = columns.warnings
    }

    /// The rejected rows' numbers, each once, in order.
    public var rejectedRows: [Int] {
        var seen: Set<Int> = []
        return rejected.map(\.row).filter { seen.insert($0).inserted }
    }
}
