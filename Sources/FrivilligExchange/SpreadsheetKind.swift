/// The kinds of record a spreadsheet can bring in: all seven the export writes.
///
/// Agreements, events and tasks point at other records by name (or id, where two share a
/// name), as their export writes them, and associations at their contact persons, so
/// they are best imported after the records they name.
public enum SpreadsheetKind: String, CaseIterable, Sendable {
    case volunteers, contacts, workplaces, agreements, events, tasks, associations

    /// The column a row cannot do without, for the kinds whose records have no name: an
    /// agreement is a volunteer's, an event happens on a date, a task has a title.
    var requiredField: CsvField? {
        switch self {
        case .volunteers, .contacts, .workplaces, .associations: return nil
        case .agreements: return .volunteer
        case .events: return .date
        case .tasks: return .title
        }
    }
}
