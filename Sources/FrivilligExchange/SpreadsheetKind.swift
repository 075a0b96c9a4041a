/// The kinds of record a spreadsheet can bring in: all five the export writes.
///
/// Agreements and events point at other records by name (or id, where two share a name),
/// as their export writes them, so they are best imported after the records they name.
public enum SpreadsheetKind: String, CaseIterable, Sendable {
    case volunteers, contacts, workplaces, agreements, events

    /// The column a row cannot do without, for the kinds whose records have no name: an
    /// agreement is a volunteer's, an event happens on a date.
    var requiredField: CsvField? {
        switch self {
        case .volunteers, .contacts, .workplaces: return nil
        case .agreements: return .volunteer
        case .events: return .date
        }
    }
}
