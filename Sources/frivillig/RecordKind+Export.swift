import FrivilligExchange

extension RecordKind {
    /// The collection's export table, shared by the CSV and the workbook export so both
    /// give the same columns.
    func document(_ export: CsvExport) -> CsvDocument {
        switch self {
        case .volunteers: return export.volunteers()
        case .contacts: return export.contacts()
        case .workplaces: return export.workplaces()
        case .agreements: return export.agreements()
        case .events: return export.events()
        case .tasks: return export.tasks()
        case .associations: return export.associations()
        }
    }
}
