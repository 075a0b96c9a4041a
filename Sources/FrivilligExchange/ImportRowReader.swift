import Foundation
import FrivilligCore

/// Reads one spreadsheet row's cells into values, collecting a problem for each cell that
/// cannot be read, so that all of a row's mistakes are reported at once.
struct ImportRowReader {
    let row: CsvRow
    let columns: ImportColumns
    /// Each column's value as its field takes it (`ImportColumns.value(at:in:)`), worked
    /// out once per row, as several fields read the same columns.
    private let cellValues: [String?]
    private(set) var errors: [ImportRowError] = []

    /// Refuses, before anything is read, each cell whose value (as its field takes it)
    /// breaks the rules every way in shares (`TextRules`), so a sheet brings in nothing
    /// that a form or a command would refuse.
    init(row: CsvRow, columns: ImportColumns) {
        self.row = row
        self.columns = columns
        cellValues = columns.fields.indices.map { columns.value(at: $0, in: row) }
        for (i, cell) in row.cells.enumerated() {
            guard i < cellValues.count, let value = cellValues[i], let shape = columns.shapes[i],
                  let violation = TextRules.characterViolation(in: value, shape: shape)
            else { continue }
            fail(columns.headers[i], cell, .text(violation))
        }
    }

    /// The non-empty values of a field in this row, with the header each came from.
    func values(_ field: CsvField) -> [(column: String, value: String)] {
        columns.fields.indices.compactMap { i in
            guard columns.fields[i] == field, let value = cellValues[i] else { return nil }
            return (columns.headers[i], value)
        }
    }

    /// The first non-empty value of a field in this row.
    func value(_ field: CsvField) -> (column: String, value: String)? {
        values(field).first
    }

    mutating func fail(_ column: String, _ value: String, _ reason: ImportRowError.Reason) {
        errors.append(ImportRowError(row: row.number, column: column, value: value, reason: reason))
    }

    /// The text of a field, or nil when the file has no value for it in this row.
    func text(_ field: CsvField) -> String? { value(field)?.value }

    /// The name from a name column, or from first and last name; a required problem if empty.
    mutating func name() -> String {
        let full = text(.name) ?? [text(.firstName), text(.lastName)].compactMap { $0 }.joined(separator: " ")
        if full.isEmpty {
            fail(columns.header(.name) ?? columns.header(.firstName) ?? columns.header(.lastName) ?? "", "", .required)
        }
        return full
    }

    /// All phone numbers of the row's phone columns, normalised.
    mutating func phones() -> [String]? {
        let cells = values(.phone)
        guard !cells.isEmpty else { return nil }
        var out: [String] = []
        for cell in cells {
            for token in ImportValues.phoneTokens(cell.value) {
                if let phone = ImportValues.phone(token) {
                    if !out.contains(phone) { out.append(phone) }
                } else {
                    fail(cell.column, token, .phone)
                }
            }
        }
        return out
    }

    mutating func email() -> String? {
        guard let cell = value(.email) else { return nil }
        if !Email.isValid(cell.value) { fail(cell.column, cell.value, .email) }
        return cell.value
    }

    /// The date in the field's first filled column, read as that column was decided
    /// (`ImportDateColumn`: the order of `/` dates, the century of two-digit years).
    mutating func day(_ field: CsvField) -> Day? {
        guard let i = columns.fields.indices.first(where: { columns.fields[$0] == field && cellValues[$0] != nil }),
              let value = cellValues[i] else { return nil }
        let cell = (column: columns.headers[i], value: value)
        guard let day = columns.dates[i]?.read(value) else {
            fail(cell.column, cell.value, .date)
            return nil
        }
        return day
    }

    mutating func parsed<T>(_ field: CsvField, _ reason: ImportRowError.Reason, _ parse: (String) -> T?) -> T? {
        guard let cell = value(field) else { return nil }
        guard let value = parse(cell.value) else {
            fail(cell.column, cell.value, reason)
            return nil
        }
        return value
    }

    mutating func id() -> UUID? { parsed(.id, .id) { UUID(uuidString: $0) } }

    /// Street, postal code and city joined the way an address is written, for a
    /// workplace, whose address is one field.
    func address() -> String? {
        let street = text(.address)
        let town = [text(.postalCode), text(.city)].compactMap { $0 }.joined(separator: " ")
        let parts = [street, town.isEmpty ? nil : town].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Street, postal code and city apart, for a volunteer. Without a postal code column,
    /// an address cell ending in ", 8000 Aarhus C" and a town cell "8000 Aarhus C" give
    /// up their code and town (`AddressSplit`), as the store does with older addresses.
    func addressParts() -> (street: String?, postalCode: String?, city: String?) {
        var street = text(.address), postalCode = text(.postalCode), city = text(.city)
        guard columns.header(.postalCode) == nil else { return (street, postalCode, city) }
        if columns.header(.city) == nil, let whole = street, let parts = AddressSplit(whole) {
            (street, postalCode, city) = (parts.street, parts.postalCode, parts.city)
        } else if let town = city, let parts = AddressSplit(town: town) {
            (postalCode, city) = (parts.postalCode, parts.city)
        }
        return (street, postalCode, city)
    }

    /// The values of every column of a list field (skills, tags), split and joined.
    func list(_ field: CsvField) -> [String]? {
        let cells = values(field)
        return cells.isEmpty ? nil : cells.flatMap { ImportValues.list($0.value) }
    }

    /// The notes column and any columns mapped to notes, one per line.
    func notes() -> String? {
        let cells = values(.notes)
        return cells.isEmpty ? nil : cells.map(\.value).joined(separator: "\n")
    }

    /// The one record a link cell names (an agreement's volunteer, workplace or contact):
    /// `current`, the record's link now, when the cell still names it (by id or by name,
    /// however many share that name); otherwise the one record with the cell's id or
    /// name, and a problem giving the count when none or several have it.
    mutating func link(_ field: CsvField, in index: ImportNameIndex, current: UUID?) -> UUID? {
        guard let cell = value(field) else { return nil }
        if let current, cell.value == current.uuidString || index.names(current, cell.value) { return current }
        let found = index.candidates(cell.value)
        guard found.count == 1 else {
            fail(cell.column, cell.value, .notExactlyOne(count: found.count))
            return nil
        }
        return found[0]
    }

    /// The records a list of names gives (an event's attendees), each named as `link`
    /// reads one; a name the record already links to several times over is matched to
    /// them in turn.
    mutating func links(_ field: CsvField, in index: ImportNameIndex, current: [UUID]) -> [UUID]? {
        let cells = values(field)
        guard !cells.isEmpty else { return nil }
        var ids: [UUID] = []
        for cell in cells {
            let unique = { (name: String) in index.candidates(name).count == 1 || current.contains { index.names($0, name) } }
            for name in ImportValues.names(cell.value, known: unique) {
                // The record's own people first, each taken once, so two attendees who
                // share a name come back as the two they were.
                let found = current.filter { !ids.contains($0) && ($0.uuidString == name || index.names($0, name)) }
                let chosen = found.isEmpty ? index.candidates(name) : [found[0]]
                if chosen.count == 1 {
                    if !ids.contains(chosen[0]) { ids.append(chosen[0]) }
                } else {
                    fail(cell.column, name, .notExactlyOne(count: chosen.count))
                }
            }
        }
        return ids
    }

    /// Names of other records, each resolved to an id; a problem for each unknown name.
    mutating func references(_ field: CsvField, _ reason: ImportRowError.Reason, lookup: (String) -> UUID?) -> [UUID]? {
        let cells = values(field)
        guard !cells.isEmpty else { return nil }
        var ids: [UUID] = []
        for cell in cells {
            for name in ImportValues.names(cell.value, known: { lookup($0) != nil }) {
                if let id = lookup(name) {
                    if !ids.contains(id) { ids.append(id) }
                } else {
                    fail(cell.column, name, reason)
                }
            }
        }
        return ids
    }
}
