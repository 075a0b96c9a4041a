/// The three kinds of record a spreadsheet can bring in; agreements and events are only
/// exported, since they point at records a sheet names by text.
public enum SpreadsheetKind: String, CaseIterable, Sendable {
    case volunteers, contacts, workplaces
}
