/// What the cells of an export column are, for formats that keep types (an `.xlsx`): the
/// CSV writes every cell as text, a workbook writes a date as a date and a number as a
/// number, and everything else (phone numbers above all) as text.
public enum CsvColumnKind: Sendable {
    /// Text, however much it looks like a number.
    case text
    /// A day, written by `CsvExport` as `dd-mm-yyyy`, or empty.
    case date
    /// A whole number (a revision, how many volunteers a task wants), or empty.
    case number
}

extension CsvField {
    /// The kind of this field's export column.
    var columnKind: CsvColumnKind {
        switch self {
        case .birthDate, .statusChanged, .startDate, .consentDate, .consentWithdrawn, .reviewDate, .endDate, .signedByVolunteer,
             .signedByContact, .childCheckConsent, .childCheckReceived, .criminalCheckConsent, .criminalCheckReceived, .date,
             .from, .until, .listedSince:
            return .date
        case .revision, .wanted: return .number
        default: return .text
        }
    }
}
