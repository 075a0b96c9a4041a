/// Something in a cell that the import takes but a coordinator should look at before
/// saying yes: a `?` where a name has a letter (`?ukasz`), which is what a sheet saved as
/// Windows-1252 makes of a letter that encoding lacks (`Ł`). The row is still imported.
public struct ImportRowWarning: Hashable, Sendable {
    public let row: Int
    /// The column by its header.
    public let column: String
    public let value: String

    public init(row: Int, column: String, value: String) {
        self.row = row
        self.column = column
        self.value = value
    }

    /// The name fields whose letters a re-encoding can damage.
    static let nameFields: [CsvField] = [.name, .firstName, .lastName, .organisation]

    /// Each name cell with a `?` next to a letter, in row and column order.
    static func damagedNames(_ rows: [CsvRow], columns: ImportColumns) -> [ImportRowWarning] {
        let indices = columns.fields.indices.filter { i in
            guard let field = columns.field(at: i) else { return false }
            if case .emergencyName = field { return true }
            return nameFields.contains(field)
        }
        guard !indices.isEmpty else { return [] }
        var warnings: [ImportRowWarning] = []
        for row in rows {
            for i in indices {
                guard let value = columns.value(at: i, in: row), value.contains("?"), hasLetterBesideQuestionMark(value) else { continue }
                warnings.append(ImportRowWarning(row: row.number, column: columns.headers[i], value: value))
            }
        }
        return warnings
    }

    private static func hasLetterBesideQuestionMark(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.indices.contains { i in
            characters[i] == "?" && ((i > 0 && characters[i - 1].isLetter) || (i + 1 < characters.count && characters[i + 1].isLetter))
        }
    }
}
